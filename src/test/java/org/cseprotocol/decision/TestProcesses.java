package org.cseprotocol.decision;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.StartEventBuilder;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;

/**
 * Small processes built with the fluent BPMN API that use the decision beans the way the real process does, so
 * these tests do not depend on processes/*.bpmn.
 */
final class TestProcesses {

    static final String WAIT_TASK = "waitBeforeDecision";
    static final String DECISION_TASK = "proposeDecision";

    private TestProcesses() {
    }

    /** Start, a business rule task calling the decision, then the person's task with the override listener. */
    static BpmnModelInstance decision(String processKey, String decisionKey, String taskKey) {
        return build(processKey, decisionKey, taskKey, false);
    }

    /** As {@link #decision}, with the single result also mapped into {@code resultVariable}. */
    static BpmnModelInstance decisionWithResultVariable(String processKey, String decisionKey, String taskKey,
            String resultVariable) {
        BpmnModelInstance model = decision(processKey, decisionKey, taskKey);
        BusinessRuleTask task = model.getModelElementById(DECISION_TASK);
        task.setCamundaMapDecisionResult("singleResult");
        task.setCamundaResultVariable(resultVariable);
        return model;
    }

    /** As {@link #decision}, with a user task before the decision so a test can deploy a new table meanwhile. */
    static BpmnModelInstance decisionAfterWait(String processKey, String decisionKey, String taskKey) {
        return build(processKey, decisionKey, taskKey, true);
    }

    /** One {@code shareInformation} task per agency in {@code partnerAgencies}, as the real process creates them. */
    static BpmnModelInstance partnerTasks(String processKey) {
        return Bpmn.createExecutableProcess(processKey)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("shareInformation")
                .multiInstance()
                .camundaCollection("${caseLists.strings(partnerAgencies)}")
                .camundaElementVariable("partnerAgency")
                .multiInstanceDone()
                .endEvent()
                .done();
    }

    private static BpmnModelInstance build(String processKey, String decisionKey, String taskKey, boolean wait) {
        StartEventBuilder start = Bpmn.createExecutableProcess(processKey)
                .camundaHistoryTimeToLive(1)
                .startEvent();
        AbstractFlowNodeBuilder<?, ?> beforeDecision = wait ? start.userTask(WAIT_TASK) : start;
        BpmnModelInstance model = beforeDecision
                .businessRuleTask(DECISION_TASK)
                .camundaDecisionRef(decisionKey)
                .camundaDecisionRefBinding("version")
                .camundaDecisionRefVersion("${decisionVersions.pinned(execution, '" + decisionKey + "')}")
                .camundaExecutionListenerDelegateExpression("start", "${decisionInputs}")
                .camundaExecutionListenerDelegateExpression("end", "${decisionProposals}")
                .userTask(taskKey)
                .camundaTaskListenerDelegateExpression("complete", "${decisionOverrides}")
                .endEvent()
                .done();
        addProcessStartListener(model, "${decisionVersions}");
        return model;
    }

    private static void addProcessStartListener(BpmnModelInstance model, String delegateExpression) {
        Process process = model.getModelElementsByType(Process.class).iterator().next();
        CamundaExecutionListener listener = model.newInstance(CamundaExecutionListener.class);
        listener.setCamundaEvent("start");
        listener.setCamundaDelegateExpression(delegateExpression);
        process.builder().addExtensionElement(listener);
    }
}
