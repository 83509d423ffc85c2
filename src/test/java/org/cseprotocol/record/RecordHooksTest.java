package org.cseprotocol.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.cseprotocol.process.TestCases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs the real {@code cse-referral} model from {@code processes/}, which runs the {@code cseRecordUpdate} listener at
 * the end of each element in {@link #HOOKS}, and checks the child's entry on each path. The model is deployed as the
 * newest version and removed, with its cases, after the tests.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordHooksTest {

    /** Elements whose end runs {@code ${cseRecordUpdate}}. */
    static final List<String> HOOKS = List.of("informPolice", "categoriseRisk", "reportBack", "allocateSocialWorker",
            "stepDownToEarlyHelp", "completeSingleAssessment", "decideOutcome", "holdInitialConference");
    static final String AGREED = "Agreed at the MASH daily meeting.";

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

    private String deploymentId;

    @BeforeAll
    void deployHookedModel() {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/cse-referral.bpmn"));
        for (String id : HOOKS) {
            assertThat(model.<FlowNode>getModelElementById(id)
                    .getExtensionElements().getElementsQuery().filterByType(CamundaExecutionListener.class).list())
                    .as("record listener at the end of %s", id)
                    .anySatisfy(listener -> {
                        assertThat(listener.getCamundaEvent()).isEqualTo("end");
                        assertThat(listener.getCamundaDelegateExpression()).isEqualTo("${cseRecordUpdate}");
                    });
        }
        deploymentId = repositoryService.createDeployment().addModelInstance("cse-referral.bpmn", model).deploy()
                .getId();
    }

    @AfterAll
    void removeHookedModel() {
        repositoryService.deleteDeployment(deploymentId, true);
    }

    @BeforeEach
    void emptyRecord() {
        for (String table : List.of("cse_record_event", "cse_missing_episode", "cse_record_reason", "cse_record")) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    @Test
    void newConcernAddedAfterCris() {
        ProcessInstance referral = start(TestCases.newConcern());
        complete(referral, "triageReferral", Map.of("partnerAgencies", json("HEALTH"), "complexCase", false));
        assertThat(records.entries(null)).isEmpty();

        completePoliceAndSharing(referral);
        CseRecordEntry added = onlyEntry();
        complete(referral, "decideThreshold", Map.of("thresholdDecision", "SECTION_17",
                "thresholdOverrideReason", AGREED));
        complete(referral, "allocateSocialWorker", Map.of("allocatedSocialWorker", "social.worker"));
        complete(referral, "holdStrategyMeeting", Map.of("significantHarm", false));
        complete(referral, "completeScreeningTool", Map.of());
        completeAssessmentAndOutcome(referral, "CHILD_IN_NEED_PLAN");

        assertThat(added.get(RecordField.CRIS_REFERENCE)).isEqualTo("CRIS-0000001");
        assertThat(added.get(RecordField.POLICE_CATEGORY)).isEqualTo(2);
        CseRecordEntry entry = onlyEntry();
        assertThat(entry.get(RecordField.ALLOCATED_WORKER)).isEqualTo("social.worker");
        assertThat(entry.get(RecordField.OUTCOME)).isEqualTo("CHILD_IN_NEED_PLAN");
        assertThat(records.reasons(entry.id())).containsExactlyInAnyOrder(RecordReason.REFERRAL,
                RecordReason.FOUND_IN_ASSESSMENT, RecordReason.CIN_PLAN);
    }

    @Test
    void protectionPlanAddsReason() {
        ProcessInstance referral = start(TestCases.newConcern());
        complete(referral, "triageReferral", Map.of("partnerAgencies", json("POLICE"), "complexCase", false));
        completePoliceAndSharing(referral);
        complete(referral, "decideThreshold", Map.of("thresholdDecision", "SECTION_47",
                "thresholdOverrideReason", AGREED));
        complete(referral, "allocateSocialWorker", Map.of("allocatedSocialWorker", "social.worker"));
        complete(referral, "holdStrategyMeeting", Map.of("significantHarm", true));
        complete(referral, "completeScreeningTool", Map.of());
        completeAssessmentAndOutcome(referral, "CHILD_PROTECTION_CONFERENCE");

        complete(referral, "holdInitialConference", Map.of("childProtectionPlan", true));

        assertThat(records.reasons(onlyEntry().id())).contains(RecordReason.CP_PLAN);
    }

    @Test
    void stepDownToEarlyHelpIsRecorded() {
        Map<String, Object> start = new HashMap<>(TestCases.newConcern());
        start.put("childAge", 16);
        ProcessInstance referral = start(start);
        complete(referral, "triageReferral", Map.of("partnerAgencies", json("EDUCATION"), "complexCase", false));
        completePoliceAndSharing(referral);
        complete(referral, "decideThreshold", Map.of("thresholdDecision", "NOT_PROCEEDING",
                "thresholdOverrideReason", AGREED));

        complete(referral, "reviewNotProceeding", Map.of("multiAgencyAgreesNotMet", true));

        CseRecordEntry entry = onlyEntry();
        assertThat(entry.get(RecordField.OUTCOME)).isEqualTo("STEP_DOWN");
        assertThat(entry.get(RecordField.STEP_DOWN_TO)).isEqualTo("EARLY_HELP");
    }

    @Test
    void lookedAfterElsewhereAddedByCseLead() {
        Map<String, Object> start = new HashMap<>(TestCases.openCase());
        start.put("lookedAfter", true);
        start.put("hostBorough", "Lewisham");
        ProcessInstance referral = start(start);
        complete(referral, "consultCseLeads", Map.of());
        complete(referral, "completeScreeningTool", Map.of());

        complete(referral, "informPolice", Map.of("policeInformed", true, "partnerAgencies", json("HEALTH")));

        CseRecordEntry entry = onlyEntry();
        assertThat(entry.get(RecordField.OPEN_TO_SOCIAL_CARE)).isEqualTo(true);
        assertThat(entry.get(RecordField.HOST_BOROUGH)).isEqualTo("Lewisham");
        assertThat(records.reasons(entry.id())).containsExactlyInAnyOrder(RecordReason.REFERRAL,
                RecordReason.LAC_OUT_OF_BOROUGH);
    }

    private ProcessInstance start(Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey("cse-referral", (String) variables.get("referralId"),
                variables);
    }

    private void completePoliceAndSharing(ProcessInstance referral) {
        complete(referral, "createCris", Map.of("crisReference", "CRIS-0000001", "crisIsNew", true));
        complete(referral, "categoriseRisk", Map.of("policeCategory", 2));
        for (Task task : taskService.createTaskQuery().processInstanceId(referral.getId())
                .taskDefinitionKey("shareInformation").list()) {
            taskService.complete(task.getId(), Map.of("sharedInformation", "Nothing further known."));
        }
    }

    private void completeAssessmentAndOutcome(ProcessInstance referral, String outcome) {
        complete(referral, "completeSingleAssessment", Map.of("assessmentSummary", "Assessment complete.",
                "assessedRisk", "MEDIUM", "engagement", "ENGAGED", "planInPlace", true));
        complete(referral, "decideOutcome", Map.of("outcomes", json(outcome), "stepDownTo", "NONE",
                "stepDownOverrideReason", AGREED));
    }

    private void complete(ProcessInstance referral, String taskKey, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey(taskKey)
                .singleResult();
        taskService.complete(task.getId(), variables);
    }

    private CseRecordEntry onlyEntry() {
        List<CseRecordEntry> entries = records.entries(null);
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private static Object json(String... values) {
        return SpinValues.jsonValue(Spin.JSON(List.of(values))).create();
    }
}
