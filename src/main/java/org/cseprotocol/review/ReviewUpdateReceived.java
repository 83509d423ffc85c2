package org.cseprotocol.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.cseprotocol.record.CseRecordService;
import org.cseprotocol.record.RecordEventType;
import org.cseprotocol.record.RecordField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stores a social worker's update when the task completes: the update text in each child's history, changed
 * fields (RAG, missing from education, associates, social media, venues) on the record, and each new missing
 * episode. Every problem in the submitted rows is reported at once, and the task stays open.
 */
@Component("reviewUpdateReceived")
class ReviewUpdateReceived implements TaskListener {

    static final String NOTE = "Update for the operational CSE meeting";
    static final List<RecordField> UPDATED_FIELDS = List.of(RecordField.CURRENT_RAG,
            RecordField.MISSING_FROM_EDUCATION, RecordField.ASSOCIATES, RecordField.SOCIAL_MEDIA, RecordField.VENUES);

    private static final Logger LOG = LoggerFactory.getLogger(ReviewUpdateReceived.class);

    private final CseRecordService records;
    private final ReviewLists lists;

    ReviewUpdateReceived(CseRecordService records, ReviewLists lists) {
        this.records = records;
        this.lists = lists;
    }

    @Override
    public void notify(DelegateTask task) {
        List<SpinJsonNode> rows = lists.items(task.getVariable(ReviewUpdateTask.ROWS));
        Set<Long> allowed = lists.strings(task.getVariable(ReviewUpdateTask.RECORD_IDS)).stream()
                .map(Long::valueOf).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        List<ChildUpdate> updates = new ArrayList<>();
        for (SpinJsonNode row : rows) {
            read(row, allowed, problems).ifPresent(updates::add);
        }
        if (!problems.isEmpty()) {
            throw new ProcessEngineException("Invalid CSE update: " + String.join("; ", problems));
        }
        String source = task.getProcessInstanceId();
        updates.forEach(update -> store(update, task.getAssignee(), source));
        LOG.info("Social worker {} sent updates on {} children for review {}", task.getAssignee(), updates.size(),
                source);
    }

    private Optional<ChildUpdate> read(SpinJsonNode row, Set<Long> allowed, List<String> problems) {
        long id = ReviewItems.recordId(row);
        if (!allowed.contains(id)) {
            problems.add("record " + id + " is not one of the children of this update");
            return Optional.empty();
        }
        String text = ReviewItems.text(row, "update");
        if (text == null) {
            problems.add("record " + id + ": the update is missing");
        }
        Map<RecordField, Object> changes = new EnumMap<>(RecordField.class);
        for (RecordField field : UPDATED_FIELDS) {
            Object value = field == RecordField.MISSING_FROM_EDUCATION
                    ? (Object) ReviewItems.flag(row, field.jsonName()) : ReviewItems.text(row, field.jsonName());
            try {
                changes.put(field, field.toStored(value));
            } catch (IllegalArgumentException e) {
                problems.add("record " + id + ": " + e.getMessage());
            }
        }
        List<LocalDate> missing = missingDates(id, ReviewItems.text(row, "newMissingEpisodes"), problems);
        return Optional.of(new ChildUpdate(id, text, changes, missing));
    }

    private static List<LocalDate> missingDates(long id, String text, List<String> problems) {
        List<LocalDate> dates = new ArrayList<>();
        for (String item : text == null ? new String[0] : text.split("[,;\\s]+")) {
            try {
                dates.add(LocalDate.parse(item.trim()));
            } catch (DateTimeParseException e) {
                problems.add("record " + id + ": invalid missing episode date '" + item
                        + "', expected dates such as 2026-02-14 separated by commas");
            }
        }
        return dates;
    }

    private void store(ChildUpdate update, String worker, String source) {
        if (!records.entry(update.recordId()).open()) {
            records.note(update.recordId(), RecordEventType.REVIEW_UPDATE, update.text(), source, worker);
            return;
        }
        records.update(update.recordId(), update.changes(), worker, source, NOTE);
        records.note(update.recordId(), RecordEventType.REVIEW_UPDATE, update.text(), source, worker);
        for (int i = 0; i < update.missingDates().size(); i++) {
            LocalDate started = update.missingDates().get(i);
            records.addMissingEpisode(update.recordId(), started, null, "Reported in the " + NOTE.toLowerCase(),
                    source + ":" + started + ":" + i, worker);
        }
    }

    private record ChildUpdate(long recordId, String text, Map<RecordField, Object> changes,
            List<LocalDate> missingDates) {
    }
}
