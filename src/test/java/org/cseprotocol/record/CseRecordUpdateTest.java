package org.cseprotocol.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.cseprotocol.process.TestCases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs the {@code cseRecordUpdate} listener as the process runs it: on the end of a user task, with the variables
 * of a {@code cse-referral} case. The test process has two such tasks in a row, so every case records its facts
 * twice.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CseRecordUpdateTest {

    static final String PROCESS = "record-hook-test";

    @Autowired
    private RepositoryService repositoryService;
    @Autowired
    private RuntimeService runtimeService;
    @Autowired
    private TaskService taskService;
    @Autowired
    private CseRecordService records;
    @Autowired
    private JdbcTemplate jdbc;

    @BeforeAll
    void deployTestProcess() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("decideOutcome").camundaExecutionListenerDelegateExpression("end", "${cseRecordUpdate}")
                .userTask("reviewOutcome").camundaExecutionListenerDelegateExpression("end", "${cseRecordUpdate}")
                .endEvent()
                .done();
        repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn", model).deploy();
    }

    @BeforeEach
    void emptyRecord() {
        for (String table : List.of("cse_record_event", "cse_missing_episode", "cse_record_reason", "cse_record")) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    static Stream<Arguments> waysOntoTheRecord() {
        return Stream.of(
                Arguments.of("allocation", TestCases.newConcern(),
                        Map.of("allocatedSocialWorker", "social.worker"), RecordReason.REFERRAL),
                Arguments.of("CRIS report", TestCases.newConcern(),
                        Map.of("crisReference", "CRIS-0000001", "policeCategory", 2), RecordReason.REFERRAL),
                Arguments.of("open case", TestCases.openCase(), Map.of(), RecordReason.REFERRAL),
                Arguments.of("assessment", TestCases.openCase(), Map.of("assessedRisk", "HIGH"),
                        RecordReason.FOUND_IN_ASSESSMENT),
                Arguments.of("CiN plan", TestCases.openCase(), Map.of("outcomes", List.of("CHILD_IN_NEED_PLAN")),
                        RecordReason.CIN_PLAN),
                Arguments.of("CP plan", TestCases.openCase(), Map.of("childProtectionPlan", true),
                        RecordReason.CP_PLAN),
                Arguments.of("LAC in borough", TestCases.openCase(), Map.of("lookedAfter", true),
                        RecordReason.LAC_IN_BOROUGH),
                Arguments.of("LAC elsewhere", TestCases.openCase(),
                        Map.of("lookedAfter", true, "hostBorough", "Lewisham"), RecordReason.LAC_OUT_OF_BOROUGH));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("waysOntoTheRecord")
    void eachWayAddsTheChildOnce(String way, Map<String, Object> start, Map<String, Object> answers,
            RecordReason reason) {
        ProcessInstance referral = start(start);

        completeTask(referral, answers);
        int events = count("cse_record_event");
        completeTask(referral, Map.of());

        assertThat(count("cse_record")).isEqualTo(1);
        assertThat(count("cse_record_event")).as("events after recording the same case again").isEqualTo(events);
        CseRecordEntry entry = records.entries(true).get(0);
        assertThat(records.reasons(entry.id())).contains(reason);
        assertThat(entry.get(RecordField.LATEST_REFERRAL_ID)).isEqualTo("CSE-2026-000001");
    }

    @Test
    void caseFactsCopiedToEntry() {
        Map<String, Object> start = new HashMap<>(TestCases.newConcern());
        start.put("currentlyMissing", true);
        ProcessInstance referral = start(start);

        completeTask(referral, Map.of("crisReference", "CRIS-0000001", "policeCategory", 1, "ragRating", "RED",
                "allocatedSocialWorker", "social.worker", "practiceGroup", "PG1",
                "outcomes", List.of("CHILD_IN_NEED_PLAN", "REFER_TO_OTHER_AGENCY")));

        CseRecordEntry entry = records.entries(true).get(0);
        assertThat(entry.firstName()).isEqualTo("Test");
        assertThat(entry.get(RecordField.CURRENT_RAG)).isEqualTo("RED");
        assertThat(entry.get(RecordField.POLICE_CATEGORY)).isEqualTo(1);
        assertThat(entry.get(RecordField.ALLOCATED_WORKER)).isEqualTo("social.worker");
        assertThat(entry.get(RecordField.OUTCOME)).isEqualTo("CHILD_IN_NEED_PLAN,REFER_TO_OTHER_AGENCY");
        assertThat(entry.get(RecordField.EXPLOITATION_TYPES)).isEqualTo("BOYFRIEND_MODEL");
        assertThat(entry.get(RecordField.SCHOOL)).isEqualTo(start.get("childSchool"));
        assertThat(entry.get(RecordField.OPEN_TO_SOCIAL_CARE)).isEqualTo(true);
        assertThat(records.detail(entry.id()).missingEpisodes()).hasSize(1);
    }

    @Test
    void caseOpenToNeitherFailsStep() {
        ProcessInstance referral = start(TestCases.newConcern());
        String taskId = taskService.createTaskQuery().processInstanceId(referral.getId()).singleResult().getId();

        assertThatThrownBy(() -> taskService.complete(taskId, Map.of("ragRating", "AMBER")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("open to neither social care")
                .hasMessageContaining("activity decideOutcome");
        assertThat(count("cse_record")).isZero();
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    private ProcessInstance start(Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey(PROCESS, (String) variables.get("referralId"), variables);
    }

    private void completeTask(ProcessInstance referral, Map<String, Object> answers) {
        String taskId = taskService.createTaskQuery().processInstanceId(referral.getId()).singleResult().getId();
        taskService.complete(taskId, answers);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }
}
