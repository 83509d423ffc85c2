package org.cseprotocol.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.cseprotocol.deadline.WorkingCalendarTest.london;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.BoundaryEventBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs a user task whose due date and non-interrupting boundary timer use the working calendar, on an in-memory
 * engine with the plugin, and moves the engine clock around the deadline.
 */
class WorkingTimeEngineTest {

    private static final String PROCESS_KEY = "deadlineCheck";
    private static final String RESPONSE_DEADLINE =
            "${deadlines.workingHoursAfter(triageCompletedAt, responseWorkingHours)}";
    private static final Instant TRIAGE_COMPLETED = london("2026-03-06T15:00");
    private static final Instant DUE = london("2026-03-09T11:00");

    private static ProcessEngine engine;

    @BeforeAll
    static void startEngine() {
        WorkingCalendar calendar = WorkingCalendarTest.calendarWith(new WorkingHoursProperties());
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:working-time-engine-test;DB_CLOSE_DELAY=-1");
        configuration.setJobExecutorActivate(false);
        configuration.setBeans(new HashMap<>(Map.of("deadlines", new Deadlines(calendar))));
        configuration.setProcessEnginePlugins(
                List.of(new WorkingTimeEnginePlugin(new WorkingTimeBusinessCalendar(calendar))));
        engine = configuration.buildProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @AfterEach
    void resetClockAndDeployments() {
        ClockUtil.reset();
        engine.getRepositoryService().createDeploymentQuery().list()
                .forEach(deployment -> engine.getRepositoryService().deleteDeployment(deployment.getId(), true));
    }

    @Test
    void expressionGivesOneInstantEverywhere() {
        deploy(RESPONSE_DEADLINE, timer -> timer.timerWithDate(RESPONSE_DEADLINE));
        ClockUtil.setCurrentTime(date(london("2026-03-06T15:30")));

        start(Map.of("triageCompletedAt", date(TRIAGE_COMPLETED), "responseWorkingHours", 4));

        assertThat(taskDueDate()).isEqualTo(date(DUE));
        assertThat(timerJob().getDuedate()).isEqualTo(date(DUE));

        ClockUtil.setCurrentTime(date(london("2026-03-09T10:00")));
        managementService().recalculateJobDuedate(timerJob().getId(), false);
        assertThat(timerJob().getDuedate()).isEqualTo(date(DUE));

        managementService().recalculateJobDuedate(timerJob().getId(), true);
        assertThat(timerJob().getDuedate()).isEqualTo(date(DUE));
    }

    @Test
    void timerFiresOnlyAfterTheDeadline() {
        deploy(RESPONSE_DEADLINE, timer -> timer.timerWithDate(RESPONSE_DEADLINE));
        ClockUtil.setCurrentTime(date(london("2026-03-06T15:30")));
        ProcessInstance instance = start(Map.of("triageCompletedAt", date(TRIAGE_COMPLETED),
                "responseWorkingHours", 4));

        ClockUtil.setCurrentTime(date(london("2026-03-09T10:59")));

        assertThat(managementService().createJobQuery().executable().count()).isZero();

        ClockUtil.setCurrentTime(date(london("2026-03-09T11:01")));
        Job due = managementService().createJobQuery().executable().singleResult();
        managementService().executeJob(due.getId());

        assertThat(instance).isWaitingAt("shareInformation", "escalateOverdue");
    }

    @Test
    void triageEndListenerSetsTheStart() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("triageReferral")
                .camundaExecutionListenerExpression("end", "${execution.setVariable('triageCompletedAt', now())}")
                .userTask("shareInformation").camundaDueDate(RESPONSE_DEADLINE)
                .endEvent()
                .done();
        engine.getRepositoryService().createDeployment().addModelInstance(PROCESS_KEY + ".bpmn", model).deploy();
        ProcessInstance instance = start(Map.of("responseWorkingHours", 24));
        ClockUtil.setCurrentTime(date(london("2026-03-27T16:00")));

        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().singleResult().getId());

        assertThat(instance).isWaitingAt("shareInformation");
        assertThat(taskDueDate()).isEqualTo(date(london("2026-04-01T16:00")));
    }

    @Test
    void workingTimeTextCountsFromCreation() {
        deploy("4 working hours", timer -> timer.timerWithDate("4 working hours"));
        ClockUtil.setCurrentTime(date(TRIAGE_COMPLETED));
        start(Map.of());

        assertThat(taskDueDate()).isEqualTo(date(DUE));
        assertThat(timerJob().getDuedate()).isEqualTo(date(DUE));

        ClockUtil.setCurrentTime(date(london("2026-03-09T09:00")));
        managementService().recalculateJobDuedate(timerJob().getId(), true);
        assertThat(timerJob().getDuedate()).isEqualTo(date(DUE));

        managementService().recalculateJobDuedate(timerJob().getId(), false);
        assertThat(timerJob().getDuedate()).isEqualTo(date(london("2026-03-09T13:00")));
    }

    @Test
    void workingTimeDurationTimer() {
        deploy("1 working day", timer -> timer.timerWithDuration("1 working day"));
        ClockUtil.setCurrentTime(date(TRIAGE_COMPLETED));

        start(Map.of());

        assertThat(taskDueDate()).isEqualTo(date(london("2026-03-09T17:00")));
        assertThat(timerJob().getDuedate()).isEqualTo(date(london("2026-03-09T17:00")));
    }

    @Test
    void plainDurationsStayElapsedTime() {
        deploy("PT4H", timer -> timer.timerWithDuration("PT4H"));
        ClockUtil.setCurrentTime(date(TRIAGE_COMPLETED));

        start(Map.of());

        assertThat(taskDueDate()).isEqualTo(date(london("2026-03-06T19:00")));
        assertThat(timerJob().getDuedate()).isEqualTo(date(london("2026-03-06T19:00")));
    }

    @Test
    void elapsedHoursFromReceipt() {
        String deadline = "${deadlines.hoursAfter(receivedAt, 24)}";
        deploy(deadline, timer -> timer.timerWithDate(deadline));
        ClockUtil.setCurrentTime(date(london("2026-03-06T16:00")));

        start(Map.of("receivedAt", date(TRIAGE_COMPLETED)));

        assertThat(taskDueDate()).isEqualTo(date(london("2026-03-07T15:00")));
        assertThat(timerJob().getDuedate()).isEqualTo(date(london("2026-03-07T15:00")));
    }

    @Test
    void missingStartNamesCallAndActivity() {
        deploy(RESPONSE_DEADLINE, timer -> timer.timerWithDate(RESPONSE_DEADLINE));
        Map<String, Object> variables = new HashMap<>();
        variables.put("triageCompletedAt", null);
        variables.put("responseWorkingHours", 4);

        assertThatThrownBy(() -> start(variables))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("deadlines.workingHoursAfter(null, 4) failed in activity 'shareInformation'")
                .hasMessageContaining("the start is missing (null)");
    }

    @Test
    void undefinedVariableNamesExpression() {
        deploy(RESPONSE_DEADLINE, timer -> timer.timerWithDate(RESPONSE_DEADLINE));

        assertThatThrownBy(() -> start(Map.of("responseWorkingHours", 4)))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining(RESPONSE_DEADLINE)
                .hasMessageContaining("triageCompletedAt");
    }

    @Test
    void invalidWorkingTimeTextIsRejected() {
        deploy("4 working weeks", timer -> timer.timerWithDate("PT1H"));

        assertThatThrownBy(() -> start(Map.of()))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Invalid working-time due date '4 working weeks'");
    }

    private static void deploy(String dueDate, Consumer<BoundaryEventBuilder> timer) {
        BoundaryEventBuilder overdue = Bpmn.createExecutableProcess(PROCESS_KEY)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("shareInformation").camundaDueDate(dueDate)
                .boundaryEvent("informationSharingOverdue").cancelActivity(false);
        timer.accept(overdue);
        BpmnModelInstance model = overdue
                .userTask("escalateOverdue")
                .endEvent()
                .moveToActivity("shareInformation")
                .endEvent()
                .done();
        engine.getRepositoryService().createDeployment().addModelInstance(PROCESS_KEY + ".bpmn", model).deploy();
    }

    private static ProcessInstance start(Map<String, Object> variables) {
        return engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, variables);
    }

    private static Date taskDueDate() {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey("shareInformation").singleResult()
                .getDueDate();
    }

    private static Job timerJob() {
        return managementService().createJobQuery().timers().singleResult();
    }

    private static ManagementService managementService() {
        return engine.getManagementService();
    }

    private static Date date(Instant instant) {
        return Date.from(instant);
    }
}
