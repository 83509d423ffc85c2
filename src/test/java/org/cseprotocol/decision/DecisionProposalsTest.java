package org.cseprotocol.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DecisionEngineTest
class DecisionProposalsTest {

    private static final String PROCESS = "decision-proposals-test";

    @Autowired
    private ProcessEngine processEngine;
    @Autowired
    private RepositoryService repositoryService;
    @Autowired
    private RuntimeService runtimeService;

    private String deploymentId;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(processEngine);
    }

    @AfterEach
    void deleteDeployment() {
        if (deploymentId != null) {
            repositoryService.deleteDeployment(deploymentId, true);
        }
    }

    @Test
    void caseTwoIsProposedRed() {
        deploy("cse-rag-rating", "triageReferral");

        ProcessInstance instance = start(CaseVariables.caseTwo());

        assertThat(instance).isWaitingAt("triageReferral");
        assertThat(instance).variables()
                .containsEntry("ragRating", "RED")
                .containsEntry("ragRatingProposed", "RED")
                .containsEntry("ragRatingReason", "Under 13 with signs of sexual activity: always Red")
                .containsEntry("ageInYears", 12)
                .containsEntry("signsOfSexualActivity", true)
                .doesNotContainKey(DecisionProposals.RESULT_VARIABLE);
    }

    @Test
    void caseTwoIsProposedSection47() {
        deploy("cse-threshold", "decideThreshold");
        Map<String, Object> variables = CaseVariables.caseTwo();
        variables.put("ragRating", "GREEN");
        variables.put("screeningRisk", "LOW");

        ProcessInstance instance = start(variables);

        assertThat(instance).variables()
                .containsEntry("thresholdDecision", "SECTION_47")
                .containsEntry("thresholdDecisionProposed", "SECTION_47")
                .containsEntry("thresholdDecisionReason", "Under 13 with signs of sexual activity: always Section 47");
    }

    @Test
    void caseTwoScreeningRiskIsHigh() {
        deploy("cse-screening-risk", "completeScreeningTool");

        ProcessInstance instance = start(CaseVariables.caseTwo());

        assertThat(instance).variables()
                .containsEntry("screeningRisk", "HIGH")
                .containsEntry("screeningRiskReason", "Under 13 with signs of sexual activity: always High")
                .containsEntry("screeningGradedCount", 11)
                .containsEntry("screeningHighCount", 3);
    }

    @Test
    void redRatingGivesFourWorkingHours() {
        deploy("cse-response-timescale", "shareInformation");
        Map<String, Object> variables = CaseVariables.caseTwo();
        variables.put("ragRating", "RED");

        ProcessInstance instance = start(variables);

        assertThat(runtimeService.getVariable(instance.getId(), "responseWorkingHours")).isEqualTo(4);
        assertThat(instance).variables().containsKey("responseWorkingHoursReason");
    }

    @Test
    void caseTwoIsNotSteppedDown() {
        deploy("cse-step-down", "decideOutcome");
        Map<String, Object> variables = CaseVariables.caseTwo();
        variables.put("assessedRisk", "LOW");
        variables.put("engagement", "ENGAGED");
        variables.put("planInPlace", true);
        variables.put("policeCategory", "1");

        ProcessInstance instance = start(variables);

        assertThat(instance).variables()
                .containsEntry("stepDownTo", "NONE")
                .containsEntry("stepDownToProposed", "NONE")
                .containsEntry("policeCategoryLevel", 1);
    }

    @Test
    void caseThreeIsProposedGreen() {
        deploy("cse-rag-rating", "triageReferral");
        Map<String, Object> variables = CaseVariables.caseThree();
        variables.put("screeningRisk", "LOW");

        ProcessInstance instance = start(variables);

        assertThat(instance).variables().containsEntry("ragRating", "GREEN");
    }

    @Test
    void resultVariableUnderAnotherNameIsRemoved() {
        deploy(TestProcesses.decisionWithResultVariable(PROCESS, "cse-rag-rating", "triageReferral", "ragOutputs"));

        ProcessInstance instance = start(CaseVariables.caseTwo());

        assertThat(instance).variables().containsEntry("ragRating", "RED").doesNotContainKey("ragOutputs");
    }

    /** Documents why the business rule tasks must not name their result variable decisionResult. */
    @Test
    void engineRejectsResultVariableNamedDecisionResult() {
        deploy(TestProcesses.decisionWithResultVariable(PROCESS, "cse-rag-rating", "triageReferral",
                DecisionProposals.RESULT_VARIABLE));

        assertThatThrownBy(() -> start(CaseVariables.caseTwo()))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("ENGINE-17006");
    }

    private void deploy(String decisionKey, String taskKey) {
        deploy(TestProcesses.decision(PROCESS, decisionKey, taskKey));
    }

    private void deploy(BpmnModelInstance process) {
        deploymentId = repositoryService.createDeployment()
                .addModelInstance(PROCESS + ".bpmn", process)
                .deploy()
                .getId();
    }

    private ProcessInstance start(Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey(PROCESS, (String) variables.get("referralId"), variables);
    }
}
