package org.cseprotocol.decision;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * End listener of every business rule task: copies each output of the table's single result into the process
 * variable of the same name, copies the proposal into its {@code ...Proposed} variable, then removes
 * {@code decisionResult}. The proposal is in place before the person's task opens, so the form shows it filled in.
 *
 * <p>It reads {@code decisionResult}, the transient local variable in which the engine (Camunda 7.24) puts the raw
 * result of every business rule task. That is also why the task must not declare
 * {@code camunda:resultVariable="decisionResult"}: the engine rejects a persistent variable of that name
 * (ENGINE-17006). A result variable under another name works and is removed here as well.
 */
@Component("decisionProposals")
class DecisionProposals implements ExecutionListener {

    static final String RESULT_VARIABLE = "decisionResult";

    private static final Logger LOG = LoggerFactory.getLogger(DecisionProposals.class);

    @Override
    public void notify(DelegateExecution execution) {
        BusinessRuleTask task = businessRuleTask(execution);
        CseDecision decision = CseDecision.byKey(task.getCamundaDecisionRef()).orElseThrow(() ->
                new IllegalStateException("decisionProposals must be the end listener of a business rule task that "
                        + "calls a CSE decision, but " + task.getId() + " calls " + task.getCamundaDecisionRef()));
        Map<String, Object> outputs = outputs(execution.getVariableLocal(RESULT_VARIABLE));
        DelegateExecution processInstance = execution.getProcessInstance();
        if (outputs != null) {
            outputs.forEach(processInstance::setVariable);
            decision.proposedVariable().ifPresent(proposed ->
                    processInstance.setVariable(proposed, outputs.get(decision.valueVariable())));
            LOG.debug("Decision {} proposed {} in process instance {}",
                    decision.key(), outputs, execution.getProcessInstanceId());
        } else {
            // NOTE: only a table edited to drop its catch-all rule gets here. The person then chooses alone.
            decision.proposedVariable().ifPresent(proposed -> processInstance.setVariable(proposed, null));
            LOG.warn("Decision {} returned no result in process instance {}, so nothing is proposed",
                    decision.key(), execution.getProcessInstanceId());
        }
        execution.removeVariableLocal(RESULT_VARIABLE);
        if (task.getCamundaResultVariable() != null) {
            execution.removeVariable(task.getCamundaResultVariable());
        }
    }

    private static BusinessRuleTask businessRuleTask(DelegateExecution execution) {
        FlowElement element = execution.getBpmnModelElementInstance();
        if (element instanceof BusinessRuleTask task) {
            return task;
        }
        throw new IllegalStateException("decisionProposals must be the end listener of a business rule task, not of "
                + execution.getCurrentActivityId());
    }

    /** Returns the outputs of the single result, or {@code null} when no rule matched. */
    private static Map<String, Object> outputs(Object result) {
        if (result instanceof DmnDecisionResult decisionResult) {
            return decisionResult.isEmpty() ? null : decisionResult.getSingleResult().getEntryMap();
        }
        return null;
    }
}
