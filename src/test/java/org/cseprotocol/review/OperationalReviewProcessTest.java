package org.cseprotocol.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.cseprotocol.record.CaseRecording;
import org.cseprotocol.record.CseRecordEntry;
import org.cseprotocol.record.CseRecordService;
import org.cseprotocol.record.RecordEvent;
import org.cseprotocol.record.RecordEventType;
import org.cseprotocol.record.RecordField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The monthly {@code cse-operational-review} as deployed from {@code processes/}, on a record of fictional
 * children: two allocated to {@code social.worker}, one to {@code sw.second}, one whose entry was closed, and one
 * open to police only with no social worker. The engine clock is Monday 2 March 2026, 09:00 London time, so the
 * meeting is Tuesday 10 March at 10:00 and updates are due on Thursday 5 March at 17:00.
 */
@SpringBootTest
@ActiveProfiles("test")
class OperationalReviewProcessTest {

    static final String PROCESS = "cse-operational-review";
    static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired
    private ProcessEngine engine;
    @Autowired
    private RuntimeService runtimeService;
    @Autowired
    private TaskService taskService;
    @Autowired
    private FormService formService;
    @Autowired
    private ManagementService managementService;
    @Autowired
    private CaseRecording recording;
    @Autowired
    private CseRecordService records;
    @Autowired
    private JdbcTemplate jdbc;

    private ReviewRecord record;
    private CseRecordEntry alex;
    private CseRecordEntry blake;
    private CseRecordEntry casey;
    private CseRecordEntry drew;

    @BeforeEach
    void fillRecord() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(MONDAY));
        record = new ReviewRecord(recording, records, jdbc);
        alex = record.add("Alex", "social.worker");
        blake = record.add("Blake", "social.worker");
        casey = record.add("Casey", "sw.second");
        record.addClosed("Emery", "sw.closed");
        drew = record.add("Drew", null);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void reviewReachesEveryAllocatedWorkerOnce() {
        ProcessInstance review = runtimeService.startProcessInstanceByKey(PROCESS);

        List<Task> updates = tasks(review, "sendReviewUpdate");
        assertThat(updates).extracting(Task::getAssignee).containsExactlyInAnyOrder("social.worker", "sw.second");
        assertThat(updates).allSatisfy(task -> assertThat(task.getDueDate())
                .isEqualTo(Date.from(Instant.parse("2026-03-05T17:00:00Z"))));
        assertThat(rows(task(updates, "social.worker"), ReviewUpdateTask.ROWS)).extracting(ReviewItems::recordId)
                .containsExactly(alex.id(), blake.id());
        assertThat(rows(task(updates, "sw.second"), ReviewUpdateTask.ROWS)).extracting(ReviewItems::recordId)
                .containsExactly(casey.id());
        assertThat(runtimeService.getVariable(review.getId(), "meetingDate"))
                .isEqualTo(Date.from(Instant.parse("2026-03-10T10:00:00Z")));
        assertThat(runtimeService.getVariable(review.getId(), "meetingLabel"))
                .isEqualTo("Tuesday 10 March 2026 at 10:00");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(review.getId())
                .singleResult().getBusinessKey()).isEqualTo("CSE-REVIEW-2026-03-10");
    }

    @Test
    void outcomesReturnToAllocatedWorkers() {
        ProcessInstance review = runtimeService.startProcessInstanceByKey(PROCESS);
        List<Task> updates = tasks(review, "sendReviewUpdate");

        sendUpdate(task(updates, "social.worker"), Map.of(alex.id(), "Alex went missing twice",
                blake.id(), "Blake is engaging with the CSE worker"), Map.of(alex.id(), "2026-02-14, 2026-02-20"));
        sendUpdate(task(updates, "sw.second"), Map.of(casey.id(), "Casey moved school"), Map.of());
        Task meeting = single(review, "holdOperationalMeeting");
        List<String> meetingGroups = taskService.getIdentityLinksForTask(meeting.getId()).stream()
                .map(link -> link.getGroupId()).toList();
        List<SpinJsonNode> agenda = rows(meeting, ReviewAgenda.CHILDREN);
        holdMeeting(meeting, agenda, blake.id());

        assertThat(meetingGroups).containsExactly("mash-cse-lead");
        assertThat(agenda).extracting(ReviewItems::recordId)
                .containsExactly(alex.id(), blake.id(), casey.id(), drew.id());
        assertThat(ReviewItems.text(agenda.get(0), "update")).isEqualTo("Alex went missing twice");
        assertThat(ReviewItems.text(agenda.get(3), "update"))
                .isEqualTo("No update requested: no allocated social worker");
        List<Task> outcomes = tasks(review, "actOnReviewOutcome");
        assertThat(outcomes).extracting(Task::getAssignee)
                .containsExactlyInAnyOrder("social.worker", "social.worker", "sw.second");
        assertThat(records.entry(blake.id()).open()).isFalse();
        assertThat(records.entry(alex.id()).get(RecordField.CURRENT_RAG)).isEqualTo("RED");
        assertThat(records.detail(alex.id()).missingEpisodes()).hasSize(2);
        assertThat(jdbc.queryForObject("SELECT minutes FROM cse_review_meeting WHERE process_instance_id = ?",
                String.class, review.getId())).isEqualTo("Discussed four children; no new patterns.");

        outcomes.forEach(task -> taskService.complete(task.getId(), Map.of("outcomeActions", "Will do")));

        assertThat(review).isEnded();
        assertThat(eventTypes(alex)).containsSubsequence(RecordEventType.REVIEW_UPDATE, RecordEventType.REVIEWED,
                RecordEventType.OUTCOME_ACTIONED);
        assertThat(eventTypes(drew)).contains(RecordEventType.REVIEWED)
                .doesNotContain(RecordEventType.OUTCOME_ACTIONED);
    }

    @Test
    void lateUpdateClosedWhenDue() {
        ProcessInstance review = runtimeService.startProcessInstanceByKey(PROCESS);
        sendUpdate(task(tasks(review, "sendReviewUpdate"), "sw.second"), Map.of(casey.id(), "No change"), Map.of());

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-05T17:01:00Z")));
        Job timer = managementService.createJobQuery().processInstanceId(review.getId()).timers().singleResult();
        managementService.executeJob(timer.getId());

        assertThat(review).isWaitingAt("holdOperationalMeeting").hasPassed("updatesDeadlinePassed");
        assertThat(tasks(review, "sendReviewUpdate")).isEmpty();
        List<SpinJsonNode> agenda = rows(single(review, "holdOperationalMeeting"), ReviewAgenda.CHILDREN);
        assertThat(agenda).filteredOn(row -> ReviewItems.recordId(row) == alex.id()).singleElement()
                .satisfies(row -> assertThat(ReviewItems.text(row, "update")).isEqualTo("No update received"));
        assertThat(agenda).filteredOn(row -> ReviewItems.recordId(row) == casey.id()).singleElement()
                .satisfies(row -> assertThat(ReviewItems.text(row, "update")).isEqualTo("No change"));
    }

    @Test
    void updateWithoutTextIsRejected() {
        ProcessInstance review = runtimeService.startProcessInstanceByKey(PROCESS);
        Task update = task(tasks(review, "sendReviewUpdate"), "sw.second");

        assertThatThrownBy(() -> sendUpdate(update, Map.of(casey.id(), " "), Map.of(casey.id(), "14/02/2026")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("record " + casey.id() + ": the update is missing")
                .hasMessageContaining("invalid missing episode date '14/02/2026'");
        assertThat(taskService.createTaskQuery().taskId(update.getId()).count()).isEqualTo(1);
    }

    @Test
    void meetingWithoutOutcomesIsRejected() {
        ProcessInstance review = runtimeService.startProcessInstanceByKey(PROCESS);
        List<Task> updates = tasks(review, "sendReviewUpdate");
        sendUpdate(task(updates, "social.worker"), Map.of(alex.id(), "Update", blake.id(), "Update"), Map.of());
        sendUpdate(task(updates, "sw.second"), Map.of(casey.id(), "Update"), Map.of());
        Task meeting = single(review, "holdOperationalMeeting");
        List<SpinJsonNode> agenda = rows(meeting, ReviewAgenda.CHILDREN);
        agenda.get(0).prop("outcome", "Keep on the record");

        assertThatThrownBy(() -> taskService.complete(meeting.getId(), Map.of("meetingMinutes", "Minutes",
                ReviewAgenda.CHILDREN, SpinValues.jsonValue(json(agenda)).create())))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("record " + blake.id() + ": the outcome is missing");
    }

    @Test
    void manualMeetingDateSetsDeadlines() {
        ProcessInstance review = runtimeService.startProcessInstanceByKey(PROCESS, Map.of("meetingDate",
                "2026-03-20"));

        assertThat(runtimeService.getVariable(review.getId(), "meetingDate"))
                .isEqualTo(Date.from(Instant.parse("2026-03-20T10:00:00Z")));
        assertThat(runtimeService.getVariable(review.getId(), "updatesDue"))
                .isEqualTo(Date.from(Instant.parse("2026-03-17T17:00:00Z")));
    }

    @Test
    void pastMeetingDateIsRejected() {
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS, Map.of("meetingDate",
                "2026-02-10"))).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Invalid meetingDate 2026-02-10");
    }

    @Test
    void emptyRecordGoesToMeeting() {
        jdbc.update("UPDATE cse_record SET allocated_worker = NULL");

        ProcessInstance review = runtimeService.startProcessInstanceByKey(PROCESS);

        assertThat(review).isWaitingAt("holdOperationalMeeting");
        assertThat(tasks(review, "sendReviewUpdate")).isEmpty();
    }

    @Test
    void timerStartsAReview() {
        Job timer = managementService.createJobQuery().processDefinitionKey(PROCESS).timers().list().stream()
                .filter(job -> job.getProcessInstanceId() == null).findFirst().orElseThrow();

        managementService.executeJob(timer.getId());

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).active().count())
                .isPositive();
        assertThat(taskService.createTaskQuery().taskDefinitionKey("sendReviewUpdate").taskAssignee("sw.second")
                .count()).isPositive();
    }

    private void sendUpdate(Task task, Map<Long, String> texts, Map<Long, String> missingDates) {
        List<SpinJsonNode> rows = rows(task, ReviewUpdateTask.ROWS);
        for (SpinJsonNode row : rows) {
            row.prop("update", texts.get(ReviewItems.recordId(row)));
            row.prop("currentRag", "RED");
            row.prop("newMissingEpisodes", missingDates.getOrDefault(ReviewItems.recordId(row), ""));
        }
        // Tasklist submits a Camunda Form like this; the outcome tasks below complete over the task API instead.
        formService.submitTaskForm(task.getId(), Map.of(ReviewUpdateTask.ROWS,
                SpinValues.jsonValue(json(rows)).create()));
    }

    private void holdMeeting(Task meeting, List<SpinJsonNode> agenda, long endedId) {
        for (SpinJsonNode row : agenda) {
            row.prop("outcome", "Stays on the record; review next month");
            if (ReviewItems.recordId(row) == endedId) {
                row.prop("concernsEnded", true);
                row.prop("closeReason", "No CSE indicators for six months; the plan has ended");
            }
        }
        taskService.complete(meeting.getId(), Map.of("meetingMinutes", "Discussed four children; no new patterns.",
                ReviewAgenda.CHILDREN, SpinValues.jsonValue(json(agenda)).create()));
    }

    private List<SpinJsonNode> rows(Task task, String variable) {
        return new ReviewLists().items(taskService.getVariable(task.getId(), variable));
    }

    private static SpinJsonNode json(List<SpinJsonNode> rows) {
        SpinJsonNode array = org.camunda.spin.Spin.JSON("[]");
        rows.forEach(array::append);
        return array;
    }

    private List<RecordEventType> eventTypes(CseRecordEntry entry) {
        return records.detail(entry.id()).events().stream().map(RecordEvent::type).toList();
    }

    private List<Task> tasks(ProcessInstance review, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(review.getId()).taskDefinitionKey(taskKey).list();
    }

    private Task single(ProcessInstance review, String taskKey) {
        List<Task> found = tasks(review, taskKey);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static Task task(List<Task> tasks, String assignee) {
        return tasks.stream().filter(task -> assignee.equals(task.getAssignee())).findFirst().orElseThrow();
    }
}
