package org.cseprotocol.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DecisionEngineTest
class DecisionOverridesTest {

    private static final String PROCESS = "decision-overrides-test";
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 2, 10, 15, 0, 0, ZoneOffset.UTC);

    @Autowired
    private ProcessEngine processEngine;
    @Autowired
    private RepositoryService repositoryService;
    @Autowired
    private RuntimeService runtimeService;
    @Autowired
    private TaskService taskService;
    @Autowired
    private IdentityService identityService;
    @Autowired
    private DecisionOverrideRepository repository;
    @Autowired
    private JdbcClient jdbc;

    private String deploymentId;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
        jdbc.sql("DELETE FROM decision_override").update();
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        identityService.clearAuthentication();
        if (deploymentId != null) {
            repositoryService.deleteDeployment(deploymentId, true);
        }
    }

    @Test
    void acceptsProposalWithoutReason() {
        ProcessInstance instance = startAt("cse-rag-rating", "triageReferral");

        taskService.complete(task(instance).getId(), Map.of("ragRating", "RED"));

        assertThat(instance).isEnded();
        assertThat(repository.find(null, null, null)).isEmpty();
    }

    @Test
    void rejectsChangeWithoutReason() {
        ProcessInstance instance = startAt("cse-rag-rating", "triageReferral");
        String taskId = task(instance).getId();

        assertThatThrownBy(() -> taskService.complete(taskId, Map.of("ragRating", "AMBER", "ragOverrideReason", " ")))
                .isInstanceOf(DecisionOverrideRejectedException.class)
                .hasMessage("The RAG rating differs from the decision table's proposal, so give the reason for the "
                        + "change (ragOverrideReason).");
        assertThat(instance).isWaitingAt("triageReferral");
        assertThat(runtimeService.getVariable(instance.getId(), "ragRating")).isEqualTo("RED");
        assertThat(repository.find(null, null, null)).isEmpty();
    }

    @Test
    void rejectsValueNotAllowed() {
        ProcessInstance instance = startAt("cse-rag-rating", "triageReferral");
        String taskId = task(instance).getId();

        assertThatThrownBy(() -> taskService.complete(taskId, Map.of("ragRating", "PURPLE")))
                .isInstanceOf(DecisionOverrideRejectedException.class)
                .hasMessage("The RAG rating (ragRating) must be one of RED, AMBER, GREEN, not 'PURPLE'.");
    }

    @Test
    void rejectsValueWithSpaces() {
        ProcessInstance instance = startAt("cse-rag-rating", "triageReferral");
        String taskId = task(instance).getId();

        assertThatThrownBy(() -> taskService.complete(taskId, Map.of("ragRating", " RED")))
                .isInstanceOf(DecisionOverrideRejectedException.class)
                .hasMessageContaining("not ' RED'");
    }

    @Test
    void rejectsEmptyValue() {
        ProcessInstance instance = startAt("cse-rag-rating", "triageReferral");
        String taskId = task(instance).getId();

        assertThatThrownBy(() -> taskService.complete(taskId, Map.of("ragRating", "")))
                .isInstanceOf(DecisionOverrideRejectedException.class)
                .hasMessage("Choose the RAG rating (ragRating): one of RED, AMBER, GREEN.");
    }

    @Test
    void rejectsReasonLongerThanTheColumn() {
        ProcessInstance instance = startAt("cse-rag-rating", "triageReferral");
        String taskId = task(instance).getId();
        String reason = "x".repeat(OverrideRule.MAX_REASON_LENGTH + 1);

        assertThatThrownBy(() -> taskService.complete(taskId, Map.of("ragRating", "AMBER", "ragOverrideReason",
                reason)))
                .isInstanceOf(DecisionOverrideRejectedException.class)
                .hasMessageContaining("has 4001 characters");
    }

    @Test
    void recordsAcceptedOverride() {
        ProcessInstance instance = startAt("cse-rag-rating", "triageReferral");
        String taskId = task(instance).getId();
        taskService.addCandidateGroup(taskId, "mash-duty-manager");
        identityService.setAuthentication("duty.manager", List.of("mash-duty-manager"));

        taskService.complete(taskId, Map.of("ragRating", "AMBER",
                "ragOverrideReason", "Police confirm the contact was blocked; no further messages."));
        identityService.clearAuthentication();

        List<DecisionOverride> overrides = repository.find(null, null, null);
        assertThat(overrides).hasSize(1);
        DecisionOverride override = overrides.get(0);
        assertThat(override.decisionKey()).isEqualTo("cse-rag-rating");
        assertThat(override.decisionVersion()).isEqualTo(latestVersion("cse-rag-rating"));
        assertThat(override.referralId()).isEqualTo("CSE-2026-000002");
        assertThat(override.processInstanceId()).isEqualTo(instance.getId());
        assertThat(override.taskKey()).isEqualTo("triageReferral");
        assertThat(override.proposedValue()).isEqualTo("RED");
        assertThat(override.chosenValue()).isEqualTo("AMBER");
        assertThat(override.reason()).isEqualTo("Police confirm the contact was blocked; no further messages.");
        assertThat(override.decidedBy()).isEqualTo("duty.manager");
        assertThat(override.decidedAt()).isEqualTo(NOW);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "informPolice, cse-rag-rating, ragRating, GREEN, ragOverrideReason",
        "decideThreshold, cse-threshold, thresholdDecision, SECTION_17, thresholdOverrideReason",
        "decideOutcome, cse-step-down, stepDownTo, SPECIALIST_FAMILY_FOCUS, stepDownOverrideReason"})
    void eachConfirmingTaskRecordsItsOverride(String taskKey, String decisionKey, String variable, String chosen,
            String reasonVariable) {
        ProcessInstance instance = startAt(decisionKey, taskKey);
        String taskId = task(instance).getId();

        assertThatThrownBy(() -> taskService.complete(taskId, Map.of(variable, chosen)))
                .isInstanceOf(DecisionOverrideRejectedException.class)
                .hasMessageContaining(reasonVariable);
        taskService.complete(taskId, Map.of(variable, chosen, reasonVariable, "Agreed at the strategy meeting."));

        assertThat(repository.find(decisionKey, null, null)).singleElement()
                .extracting(DecisionOverride::taskKey, DecisionOverride::chosenValue, DecisionOverride::decidedBy)
                .containsExactly(taskKey, chosen, null);
    }

    @Test
    void rejectsListenerOnOtherTask() {
        ProcessInstance instance = startAt("cse-rag-rating", "reportBack");
        String taskId = task(instance).getId();

        assertThatThrownBy(() -> taskService.complete(taskId))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("decisionOverrides is attached to task reportBack");
    }

    @Test
    void findsOverridesByKeyAndTime() {
        repository.insert(override("cse-rag-rating", NOW.minusDays(2)));
        repository.insert(override("cse-threshold", NOW.minusDays(1)));
        repository.insert(override("cse-rag-rating", NOW));

        assertThat(repository.find("cse-rag-rating", null, null)).hasSize(2);
        assertThat(repository.find(null, NOW.minusDays(1), NOW)).singleElement()
                .extracting(DecisionOverride::decisionKey).isEqualTo("cse-threshold");
        assertThat(repository.find("cse-rag-rating", NOW.minusDays(1), null)).singleElement()
                .extracting(DecisionOverride::decidedAt).isEqualTo(NOW);
    }

    private ProcessInstance startAt(String decisionKey, String taskKey) {
        deploymentId = repositoryService.createDeployment()
                .addModelInstance(PROCESS + ".bpmn", TestProcesses.decision(PROCESS, decisionKey, taskKey))
                .deploy()
                .getId();
        Map<String, Object> variables = CaseVariables.caseTwo();
        variables.put("ragRating", "AMBER");
        variables.put("assessedRisk", "HIGH");
        return runtimeService.startProcessInstanceByKey(PROCESS, "CSE-2026-000002", variables);
    }

    private Integer latestVersion(String decisionKey) {
        return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey).latestVersion()
                .singleResult().getVersion();
    }

    static DecisionOverride override(String decisionKey, OffsetDateTime decidedAt) {
        return new DecisionOverride(null, decisionKey, 1, "CSE-2026-000009", "process-1", "task-1", "triageReferral",
                "RED", "AMBER", "Reason", "duty.manager", decidedAt);
    }
}
