package org.cseprotocol.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** One test per path of the {@code cse-referral} process, driven through the engine's task API. */
@SpringBootTest
@ActiveProfiles("test")
class CseReferralProcessTest {

    private static final String AGREED = "Agreed at the MASH daily meeting.";

    @Autowired
    private ProcessEngine engine;
    @Autowired
    private RuntimeService runtimeService;
    @Autowired
    private TaskService taskService;

    @BeforeEach
    void initAssertions() {
        init(engine);
    }

    @AfterEach
    void resetAssertions() {
        reset();
    }

    @Test
    void newConcernIsAssessedUnderSection17() {
        ProcessInstance referral = start(CaseVariables.newConcern());

        assertThat(referral).isWaitingAt("triageReferral");
        assertThat(candidateGroups("triageReferral", referral)).containsExactly("mash-duty-manager");
        assertThat(variable(referral, "ragRating")).isIn("RED", "AMBER", "GREEN");
        triage(referral, false, "HEALTH", "EDUCATION");
        assertThat(candidateGroupsOfAll("shareInformation", referral))
                .containsExactlyInAnyOrder("partner-health", "partner-education");
        completePoliceAndSharing(referral);
        decideThreshold(referral, "SECTION_17");
        complete(referral, "allocateSocialWorker", Map.of("allocatedSocialWorker", "social.worker"));
        assertThat(single("holdStrategyMeeting", referral).getAssignee()).isEqualTo("social.worker");
        complete(referral, "holdStrategyMeeting", Map.of("significantHarm", false));
        assertThat(single("completeScreeningTool", referral).getAssignee()).isEqualTo("social.worker");
        complete(referral, "completeScreeningTool", Map.of());
        completeAssessmentAndOutcome(referral, "CHILD_IN_NEED_PLAN");

        assertThat(referral).isEnded().hasPassed("planSection17Assessment", "outcomeRecorded")
                .hasNotPassed("reviewNotProceeding", "consultCseLeads", "contactHostBorough",
                        "startSection47Enquiry", "completeSippsWorksheet");
        assertThat(historicVariable(referral, "assessmentType")).isEqualTo("SECTION_17");
    }

    @Test
    void significantHarmStartsSection47Enquiry() {
        ProcessInstance referral = start(CaseVariables.newConcern());

        triage(referral, false, "POLICE");
        completePoliceAndSharing(referral);
        decideThreshold(referral, "SECTION_47");
        complete(referral, "allocateSocialWorker", Map.of("allocatedSocialWorker", "social.worker"));
        complete(referral, "holdStrategyMeeting", Map.of("significantHarm", true, "sippsRequested", true));
        complete(referral, "completeScreeningTool", Map.of());
        assertThat(referral).isWaitingAt("completeSippsWorksheet");
        complete(referral, "completeSippsWorksheet", Map.of());
        completeAssessmentAndOutcome(referral, "CHILD_PROTECTION_CONFERENCE");
        assertThat(candidateGroups("holdInitialConference", referral)).containsExactly("cp-coordinator");
        complete(referral, "holdInitialConference", Map.of("childProtectionPlan", true));

        assertThat(referral).isEnded().hasPassed("startSection47Enquiry", "completeSippsWorksheet", "conferenceHeld");
        assertThat(historicVariable(referral, "assessmentType")).isEqualTo("SECTION_47");
    }

    @Test
    void notProceedingAgreedByMashManagerStepsDownToEarlyHelp() {
        ProcessInstance referral = start(CaseVariables.newConcern().grades(1, 1, 2, 1, 1, 1, 2, 1, 1, 1, 1)
                .with("childAge", 16));

        triage(referral, false, "EDUCATION");
        completePoliceAndSharing(referral);
        decideThreshold(referral, "NOT_PROCEEDING");
        assertThat(candidateGroups("reviewNotProceeding", referral)).containsExactly("mash-manager");
        complete(referral, "reviewNotProceeding", Map.of("multiAgencyAgreesNotMet", true));
        assertThat(candidateGroups("acceptStepDown", referral)).containsExactly("early-help");
        complete(referral, "acceptStepDown", Map.of("earlyHelpAccepted", true, "earlyHelpWorker", "early.help",
                "handoverNotes", "First visit booked."));

        assertThat(referral).isEnded().hasPassed("steppedDownToEarlyHelp")
                .hasNotPassed("allocateSocialWorker", "holdStrategyMeeting");
        assertThat(historicVariable(referral, "stepDownTo")).isEqualTo("EARLY_HELP");
        assertThat(historicVariable(referral, "cseConcernFlagged")).isEqualTo(true);
    }

    @Test
    void notProceedingOverturnedByMashManagerGoesToAllocation() {
        ProcessInstance referral = start(CaseVariables.newConcern());

        triage(referral, false, "EDUCATION");
        completePoliceAndSharing(referral);
        decideThreshold(referral, "NOT_PROCEEDING");
        complete(referral, "reviewNotProceeding", Map.of("multiAgencyAgreesNotMet", false));

        assertThat(referral).isWaitingAt("allocateSocialWorker").hasNotPassed("stepDownToEarlyHelp");
        assertThat(candidateGroups("allocateSocialWorker", referral)).containsExactly("team-manager");
    }

    @Test
    void openCaseIsLedByTheCseLead() {
        ProcessInstance referral = start(CaseVariables.openCase());

        assertThat(referral).isWaitingAt("consultCseLeads");
        assertThat(candidateGroups("consultCseLeads", referral)).containsExactly("qau-cse-lead");
        complete(referral, "consultCseLeads", Map.of("consultationNotes", "Consulted the QAU CSE lead."));
        assertThat(single("completeScreeningTool", referral).getAssignee()).isEqualTo("social.worker");
        complete(referral, "completeScreeningTool", Map.of());
        assertThat(candidateGroups("informPolice", referral)).containsExactly("mash-cse-lead");
        complete(referral, "informPolice", Map.of("policeInformed", true,
                "partnerAgencies", CaseVariables.json("HEALTH")));
        assertThat(referral).isWaitingAt("createCris", "shareInformation").isNotWaitingAt("contactHostBorough");
        completePoliceAndSharing(referral);
        assertThat(candidateGroups("reportBack", referral)).containsExactly("mash-cse-lead");
        complete(referral, "reportBack", Map.of("reportBackNotes", "Reported to PG3."));
        complete(referral, "holdStrategyMeeting", Map.of("significantHarm", false));
        assertThat(referral).isWaitingAt("completeSingleAssessment");
        completeAssessmentAndOutcome(referral, "CHILD_IN_NEED_PLAN");

        assertThat(referral).isEnded()
                .hasNotPassed("triageReferral", "decideThreshold", "allocateSocialWorker", "contactHostBorough");
        assertThat(historyCount(referral, "completeScreeningTool")).isEqualTo(1);
    }

    @Test
    void lookedAfterChildInAnotherBoroughAddsHostBoroughContact() {
        ProcessInstance referral = start(CaseVariables.openCase()
                .with("lookedAfter", true).with("hostBorough", "Lewisham"));

        complete(referral, "consultCseLeads", Map.of());
        complete(referral, "completeScreeningTool", Map.of());
        complete(referral, "informPolice", Map.of("policeInformed", true,
                "partnerAgencies", CaseVariables.json("HEALTH")));

        assertThat(referral).isWaitingAt("contactHostBorough", "createCris", "shareInformation");
        assertThat(candidateGroups("contactHostBorough", referral)).containsExactly("mash-social-care");
        complete(referral, "contactHostBorough", Map.of("hostBoroughContact", "Duty team, host borough"));
        completePoliceAndSharing(referral);
        assertThat(referral).isWaitingAt("reportBack");
    }

    @Test
    void complexCaseStrategyMeetingIsChairedByCpCoordinator() {
        ProcessInstance referral = start(CaseVariables.newConcern());

        triage(referral, true, "HEALTH");
        completePoliceAndSharing(referral);
        decideThreshold(referral, "SECTION_47");
        complete(referral, "allocateSocialWorker", Map.of("allocatedSocialWorker", "social.worker"));

        Task meeting = single("holdStrategyMeeting", referral);
        assertThat(meeting.getAssignee()).isNull();
        assertThat(candidateGroups("holdStrategyMeeting", referral)).containsExactly("cp-coordinator");
        assertThat(taskService.createTaskQuery().taskCandidateUser("social.worker").taskId(meeting.getId()).count())
                .isEqualTo(1);
    }

    @Test
    void stepDownChosenAsTheOutcomeGoesToEarlyHelp() {
        ProcessInstance referral = start(CaseVariables.newConcern());
        triage(referral, false, "HEALTH");
        completePoliceAndSharing(referral);
        decideThreshold(referral, "SECTION_17");
        complete(referral, "allocateSocialWorker", Map.of("allocatedSocialWorker", "social.worker"));
        complete(referral, "holdStrategyMeeting", Map.of("significantHarm", false));
        complete(referral, "completeScreeningTool", Map.of());
        complete(referral, "completeSingleAssessment", Map.of("assessedRisk", "LOW", "engagement", "ENGAGED",
                "planInPlace", true));

        complete(referral, "decideOutcome", Map.of("outcomes", CaseVariables.json("STEP_DOWN"),
                "stepDownTo", "EARLY_HELP", "stepDownOverrideReason", AGREED, "cseConcernFlagged", true));

        assertThat(candidateGroups("acceptStepDown", referral)).containsExactly("early-help");
        complete(referral, "acceptStepDown", Map.of("earlyHelpAccepted", true));
        assertThat(referral).isEnded().hasPassed("steppedDownToEarlyHelp").hasNotPassed("outcomeRecorded");
    }

    @Test
    void tasksCompletedWithoutOptionalAnswersStillEndTheCase() {
        ProcessInstance referral = start(CaseVariables.newConcern());

        triage(referral, false, "HEALTH");
        completePoliceAndSharing(referral);
        decideThreshold(referral, "SECTION_17");
        complete(referral, "allocateSocialWorker", Map.of("allocatedSocialWorker", "social.worker"));
        complete(referral, "holdStrategyMeeting", Map.of());
        complete(referral, "completeScreeningTool", Map.of());
        complete(referral, "completeSingleAssessment", Map.of());
        complete(referral, "decideOutcome", Map.of());

        assertThat(referral).isEnded().hasPassed("planSection17Assessment", "outcomeRecorded")
                .hasNotPassed("completeSippsWorksheet", "holdInitialConference");
    }

    @Test
    void sippsWorksheetRequestedAtAnyTimeOpensItsOwnTask() {
        ProcessInstance referral = start(CaseVariables.openCase());

        runtimeService.createMessageCorrelation("SippsWorksheetRequested").processInstanceId(referral.getId())
                .correlate();

        Task worksheet = single("completeRequestedSippsWorksheet", referral);
        assertThat(worksheet.getAssignee()).isEqualTo("social.worker");
        assertThat(referral).isWaitingAt("consultCseLeads", "completeRequestedSippsWorksheet");
        taskService.complete(worksheet.getId(), Map.of());
        assertThat(referral).isWaitingAt("consultCseLeads").isNotEnded();
    }

    @Test
    void unknownPartnerAgencyIsRejectedAndTriageStaysOpen() {
        ProcessInstance referral = start(CaseVariables.newConcern());
        String triage = single("triageReferral", referral).getId();

        assertThatThrownBy(() -> taskService.complete(triage,
                Map.of("partnerAgencies", CaseVariables.json("HEALTH", "MARS"))))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("MARS");
        assertThat(referral).isWaitingAt("triageReferral");
    }

    @Test
    void partnerResponsesAreKeptPerAgency() {
        ProcessInstance referral = start(CaseVariables.newConcern());
        triage(referral, false, "HEALTH", "EDUCATION");

        for (Task task : tasks("shareInformation", referral)) {
            String agency = (String) taskService.getVariable(task.getId(), "partnerAgency");
            taskService.complete(task.getId(), Map.of("sharedInformation", "Known to " + agency));
        }

        String responses = String.valueOf(variable(referral, "partnerResponses"));
        assertThat(responses).contains("Known to HEALTH").contains("Known to EDUCATION");
        assertThat(runtimeService.getVariable(referral.getId(), "sharedInformation")).isNull();
    }

    private ProcessInstance start(CaseVariables variables) {
        Map<String, Object> start = variables.build();
        return runtimeService.startProcessInstanceByKey("cse-referral", (String) start.get("referralId"), start);
    }

    private void triage(ProcessInstance referral, boolean complexCase, String... agencies) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("partnerAgencies", CaseVariables.json(agencies));
        answers.put("complexCase", complexCase);
        complete(referral, "triageReferral", answers);
    }

    private void completePoliceAndSharing(ProcessInstance referral) {
        complete(referral, "createCris", Map.of("crisReference", "CRIS-0000001"));
        complete(referral, "categoriseRisk", Map.of("policeCategory", 2));
        for (Task task : tasks("shareInformation", referral)) {
            taskService.complete(task.getId(), Map.of("sharedInformation", "Nothing further known."));
        }
    }

    private void decideThreshold(ProcessInstance referral, String decision) {
        complete(referral, "decideThreshold",
                Map.of("thresholdDecision", decision, "thresholdOverrideReason", AGREED));
    }

    private void completeAssessmentAndOutcome(ProcessInstance referral, String outcome) {
        complete(referral, "completeSingleAssessment", Map.of("assessmentSummary", "Assessment complete.",
                "assessedRisk", "MEDIUM", "engagement", "ENGAGED", "planInPlace", true));
        complete(referral, "decideOutcome", Map.of("outcomes", CaseVariables.json(outcome),
                "stepDownTo", "NONE", "stepDownOverrideReason", AGREED));
    }

    private void complete(ProcessInstance referral, String taskKey, Map<String, Object> variables) {
        taskService.complete(single(taskKey, referral).getId(), variables);
    }

    private Task single(String taskKey, ProcessInstance referral) {
        return taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey(taskKey)
                .singleResult();
    }

    private List<Task> tasks(String taskKey, ProcessInstance referral) {
        return taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey(taskKey).list();
    }

    private List<String> candidateGroups(String taskKey, ProcessInstance referral) {
        return groupsOf(single(taskKey, referral));
    }

    private List<String> candidateGroupsOfAll(String taskKey, ProcessInstance referral) {
        return tasks(taskKey, referral).stream().flatMap(task -> groupsOf(task).stream()).toList();
    }

    private List<String> groupsOf(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    private Object variable(ProcessInstance referral, String name) {
        return runtimeService.getVariable(referral.getId(), name);
    }

    private Object historicVariable(ProcessInstance referral, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(referral.getId())
                .variableName(name).singleResult().getValue();
    }

    private long historyCount(ProcessInstance referral, String activityId) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(referral.getId())
                .activityId(activityId).count();
    }
}
