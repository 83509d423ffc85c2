package org.cseprotocol.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Moves the engine clock past each deadline of the referral and checks the escalation, and short of it and checks
 * that nothing happens. The referral arrives on Monday 2 March 2026 at 10:15 London time (GMT).
 */
@SpringBootTest
@ActiveProfiles("test")
class DeadlineEscalationTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T10:15:00Z");

    @Autowired
    private RuntimeService runtimeService;
    @Autowired
    private TaskService taskService;
    @Autowired
    private ManagementService managementService;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void triageDueWithin24HoursOfReceipt() {
        ProcessInstance referral = startAt(RECEIVED.plusSeconds(60));

        assertThat(task(referral, "triageReferral").getDueDate()).isEqualTo(at("2026-03-03T10:15:00Z"));
        fireTimersAt("2026-03-03T10:14:00Z", referral);
        assertThat(escalations(referral)).isEmpty();

        fireTimersAt("2026-03-03T10:16:00Z", referral);

        assertThat(escalations(referral)).singleElement()
                .satisfies(task -> assertThat(task.getName()).contains("24 hours from receipt to triage"));
        assertThat(task(referral, "triageReferral")).as("the late task stays open").isNotNull();
        assertThat(runtimeService.getVariable(referral.getId(), "overdue")).isEqualTo(true);
    }

    @Test
    void deadlineMetCancelsItsTimer() {
        ProcessInstance referral = startAt(RECEIVED.plusSeconds(60));

        triage(referral, "2026-03-02T11:00:00Z");
        fireTimersAt("2026-03-03T10:16:00Z", referral);

        assertThat(escalations(referral)).isEmpty();
        assertThat(runtimeService.getVariable(referral.getId(), "overdue")).isEqualTo(false);
    }

    @Test
    void categorisationDueWithin24HoursOfTheCris() {
        ProcessInstance referral = startAt(RECEIVED.plusSeconds(60));
        triage(referral, "2026-03-02T11:00:00Z");
        ClockUtil.setCurrentTime(at("2026-03-02T12:00:00Z"));
        taskService.complete(task(referral, "createCris").getId(), Map.of("crisReference", "CRIS-0000009"));

        assertThat(task(referral, "categoriseRisk").getDueDate()).isEqualTo(at("2026-03-03T12:00:00Z"));
        fireTimersAt("2026-03-03T11:59:00Z", referral);
        assertThat(escalationNames(referral)).noneMatch(name -> name.contains("SET categorisation"));

        fireTimersAt("2026-03-03T12:01:00Z", referral);

        assertThat(escalationNames(referral)).anyMatch(name -> name.contains("SET categorisation"));
    }

    @Test
    void redSharingDueWithin4WorkingHoursOfTriage() {
        ProcessInstance referral = startAt(RECEIVED.plusSeconds(60));
        ClockUtil.setCurrentTime(at("2026-03-06T15:00:00Z"));
        taskService.complete(task(referral, "triageReferral").getId(), Map.of("ragRating", "RED",
                "ragOverrideReason", "Disclosure at school this afternoon.",
                "partnerAgencies", CaseVariables.json("HEALTH")));

        Date due = task(referral, "shareInformation").getDueDate();
        assertThat(due).as("Friday 15:00 plus 4 working hours").isEqualTo(at("2026-03-09T11:00:00Z"));
        fireTimersAt("2026-03-09T10:59:00Z", referral);
        assertThat(escalationNames(referral)).noneMatch(name -> name.contains("information sharing"));

        fireTimersAt("2026-03-09T11:01:00Z", referral);

        assertThat(escalationNames(referral)).anyMatch(name -> name.contains("information sharing"));
    }

    @Test
    void thresholdDecisionDueWithinOneWorkingDay() {
        ProcessInstance referral = startAt(RECEIVED.plusSeconds(60));
        triage(referral, "2026-03-02T11:00:00Z");
        completePoliceAndSharing(referral);

        assertThat(task(referral, "decideThreshold").getDueDate()).isEqualTo(at("2026-03-03T17:00:00Z"));
        fireTimersAt("2026-03-03T16:59:00Z", referral);
        assertThat(escalationNames(referral)).noneMatch(name -> name.contains("1 working day"));

        fireTimersAt("2026-03-03T17:01:00Z", referral);

        assertThat(escalationNames(referral)).anyMatch(name -> name.contains("1 working day"));
    }

    @Test
    void singleAssessmentDueWithin45WorkingDaysOfReceipt() {
        ProcessInstance referral = startAt(RECEIVED.plusSeconds(60));
        driveToSingleAssessment(referral);

        Date due = task(referral, "completeSingleAssessment").getDueDate();
        assertThat(due).as("close of 7 May 2026 in London, after Easter and the May bank holiday")
                .isEqualTo(at("2026-05-07T16:00:00Z"));
        fireTimersAt("2026-05-07T15:59:00Z", referral);
        assertThat(escalationNames(referral)).noneMatch(name -> name.contains("45 working days"));

        fireTimersAt("2026-05-07T16:01:00Z", referral);

        assertThat(escalationNames(referral)).anyMatch(name -> name.contains("45 working days"));
    }

    @Test
    void conferenceDueWithin15WorkingDaysOfTheStrategyMeeting() {
        ProcessInstance referral = startAt(RECEIVED.plusSeconds(60));
        driveToSingleAssessment(referral);
        taskService.complete(task(referral, "completeSingleAssessment").getId(), Map.of());
        taskService.complete(task(referral, "decideOutcome").getId(), Map.of(
                "outcomes", CaseVariables.json("CHILD_PROTECTION_CONFERENCE"),
                "stepDownTo", "NONE", "stepDownOverrideReason", "Conference agreed at the strategy meeting."));

        assertThat(task(referral, "holdInitialConference").getDueDate()).as("close of 25 March 2026")
                .isEqualTo(at("2026-03-25T17:00:00Z"));
        fireTimersAt("2026-03-25T16:59:00Z", referral);
        assertThat(escalationNames(referral)).noneMatch(name -> name.contains("conference"));

        fireTimersAt("2026-03-25T17:01:00Z", referral);

        assertThat(escalationNames(referral)).anyMatch(name -> name.contains("conference"));
    }

    @Test
    void openCaseSharingStartsWithin24HoursAndReportsBackInTime() {
        ClockUtil.setCurrentTime(Date.from(RECEIVED.plusSeconds(60)));
        Map<String, Object> variables = CaseVariables.openCase().with("receivedAt", Date.from(RECEIVED)).build();
        ProcessInstance referral = runtimeService.startProcessInstanceByKey("cse-referral", "CSE-2026-000010",
                variables);
        taskService.complete(task(referral, "consultCseLeads").getId(), Map.of());
        taskService.complete(task(referral, "completeScreeningTool").getId(), Map.of());

        assertThat(task(referral, "informPolice").getDueDate()).isEqualTo(at("2026-03-03T10:15:00Z"));
        fireTimersAt("2026-03-03T10:16:00Z", referral);
        assertThat(escalationNames(referral)).anyMatch(name -> name.contains("information sharing passed"));
        ClockUtil.setCurrentTime(at("2026-03-03T11:00:00Z"));
        taskService.complete(task(referral, "informPolice").getId(), Map.of("ragRating", "RED",
                "ragOverrideReason", "Missing overnight twice this week.",
                "partnerAgencies", CaseVariables.json("HEALTH")));
        completePoliceAndSharing(referral);

        assertThat(task(referral, "reportBack").getDueDate()).as("Tuesday 11:00 plus 4 working hours")
                .isEqualTo(at("2026-03-03T15:00:00Z"));
        fireTimersAt("2026-03-03T15:01:00Z", referral);
        assertThat(escalationNames(referral)).anyMatch(name -> name.contains("reporting back"));
    }

    private void driveToSingleAssessment(ProcessInstance referral) {
        triage(referral, "2026-03-02T11:00:00Z");
        completePoliceAndSharing(referral);
        taskService.complete(task(referral, "decideThreshold").getId(), Map.of("thresholdDecision", "SECTION_17",
                "thresholdOverrideReason", "Agreed at the MASH daily meeting."));
        taskService.complete(task(referral, "allocateSocialWorker").getId(),
                Map.of("allocatedSocialWorker", "social.worker"));
        taskService.complete(task(referral, "holdStrategyMeeting").getId(),
                Map.of("strategyMeetingDate", "2026-03-04", "significantHarm", false));
        taskService.complete(task(referral, "completeScreeningTool").getId(), Map.of());
    }

    private ProcessInstance startAt(Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
        Map<String, Object> variables = CaseVariables.newConcern().with("receivedAt", Date.from(RECEIVED)).build();
        return runtimeService.startProcessInstanceByKey("cse-referral", "CSE-2026-000009", variables);
    }

    private void triage(ProcessInstance referral, String when) {
        ClockUtil.setCurrentTime(at(when));
        taskService.complete(task(referral, "triageReferral").getId(),
                Map.of("partnerAgencies", CaseVariables.json("HEALTH")));
    }

    private void completePoliceAndSharing(ProcessInstance referral) {
        taskService.complete(task(referral, "createCris").getId(), Map.of("crisReference", "CRIS-0000009"));
        taskService.complete(task(referral, "categoriseRisk").getId(), Map.of("policeCategory", 2));
        taskService.complete(task(referral, "shareInformation").getId(), Map.of("sharedInformation", "None."));
    }

    private void fireTimersAt(String when, ProcessInstance referral) {
        ClockUtil.setCurrentTime(at(when));
        List<Job> due = managementService.createJobQuery().processInstanceId(referral.getId()).timers()
                .executable().list();
        due.forEach(job -> managementService.executeJob(job.getId()));
    }

    private Task task(ProcessInstance referral, String key) {
        return taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    private List<Task> escalations(ProcessInstance referral) {
        return taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey("escalateOverdue")
                .list();
    }

    private List<String> escalationNames(ProcessInstance referral) {
        return escalations(referral).stream().map(Task::getName).toList();
    }

    private static Date at(String instant) {
        return Date.from(Instant.parse(instant));
    }
}
