package org.cseprotocol.review;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.json.SpinJsonNode;
import org.cseprotocol.record.CseRecordEntry;
import org.cseprotocol.record.CseRecordService;
import org.cseprotocol.record.RecordEventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records the operational CSE meeting when its task completes: the minutes, the outcome for each child in the
 * child's history, and the closing of each entry whose CSE concerns have ended. It then sets
 * {@code reviewOutcomes}, one item per child with an allocated social worker, which become the outcome tasks.
 */
@Component("reviewMeetingRecorded")
class ReviewMeetingRecorded implements TaskListener {

    static final String OUTCOMES = "reviewOutcomes";
    static final String OUTCOMES_DUE = "reviewOutcomesDue";

    private static final Logger LOG = LoggerFactory.getLogger(ReviewMeetingRecorded.class);

    private final CseRecordService records;
    private final ReviewMeetingRepository meetings;
    private final ReviewSchedule schedule;
    private final ReviewLists lists;

    ReviewMeetingRecorded(CseRecordService records, ReviewMeetingRepository meetings, ReviewSchedule schedule,
            ReviewLists lists) {
        this.records = records;
        this.meetings = meetings;
        this.schedule = schedule;
        this.lists = lists;
    }

    @Override
    public void notify(DelegateTask task) {
        List<SpinJsonNode> rows = lists.items(task.getVariable(ReviewAgenda.CHILDREN));
        String minutes = asText(task.getVariable("meetingMinutes"));
        validate(rows, lists.strings(task.getVariable(ReviewAgenda.RECORD_IDS)), minutes);

        String actor = ReviewActors.of(task);
        String source = task.getProcessInstanceId();
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Date meetingDate = (Date) task.getVariable(ReviewPreparation.MEETING_DATE);
        meetings.insert(new ReviewMeetingRepository.ReviewMeeting(source, task.getExecution().getProcessBusinessKey(),
                meetingDate.toInstant().atOffset(ZoneOffset.UTC), asText(task.getVariable("meetingAttendees")),
                minutes, rows.size(), actor, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)));
        List<Map<String, Object>> outcomes = new ArrayList<>();
        for (SpinJsonNode row : rows) {
            recordOutcome(row, actor, source).ifPresent(outcomes::add);
        }
        task.getExecution().setVariable(OUTCOMES, ReviewLists.json(outcomes));
        task.getExecution().setVariable(OUTCOMES_DUE, Date.from(schedule.outcomeDue(now)));
        LOG.info("Operational CSE meeting {} recorded: {} children reviewed, {} outcomes sent to social workers",
                task.getExecution().getProcessBusinessKey(), rows.size(), outcomes.size());
    }

    private static void validate(List<SpinJsonNode> rows, List<String> agenda, String minutes) {
        List<String> problems = new ArrayList<>();
        if (minutes == null) {
            problems.add("the minutes are missing");
        }
        Set<String> seen = new HashSet<>();
        for (SpinJsonNode row : rows) {
            long id = ReviewItems.recordId(row);
            seen.add(String.valueOf(id));
            if (!agenda.contains(String.valueOf(id))) {
                problems.add("record " + id + " is not on the agenda");
            }
            if (ReviewItems.text(row, "outcome") == null) {
                problems.add("record " + id + ": the outcome is missing");
            }
            if (ReviewItems.flag(row, "concernsEnded") && ReviewItems.text(row, "closeReason") == null) {
                problems.add("record " + id + ": give the reason why all CSE concerns have ended");
            }
        }
        List<String> dropped = agenda.stream().filter(id -> !seen.contains(id)).collect(Collectors.toList());
        if (!dropped.isEmpty()) {
            problems.add("records " + dropped + " on the agenda have no outcome");
        }
        if (!problems.isEmpty()) {
            throw new ProcessEngineException("Invalid meeting record: " + String.join("; ", problems));
        }
    }

    private Optional<Map<String, Object>> recordOutcome(SpinJsonNode row, String actor, String source) {
        long id = ReviewItems.recordId(row);
        String outcome = ReviewItems.text(row, "outcome");
        boolean ended = ReviewItems.flag(row, "concernsEnded");
        records.note(id, RecordEventType.REVIEWED, outcome, source, actor);
        if (ended && records.entry(id).open()) {
            records.close(id, ReviewItems.text(row, "closeReason"), actor, source);
        }
        CseRecordEntry entry = records.entry(id);
        String worker = entry.allocatedWorker();
        if (worker == null) {
            return Optional.empty();
        }
        Map<String, Object> item = new LinkedHashMap<>();
        item.put(ReviewItems.RECORD_ID, id);
        item.put("child", ReviewItems.childLabel(entry));
        item.put("allocatedWorker", worker);
        item.put("outcome", outcome);
        item.put("concernsEnded", ended);
        item.put("closeReason", ended ? ReviewItems.text(row, "closeReason") : null);
        return Optional.of(item);
    }

    private static String asText(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
