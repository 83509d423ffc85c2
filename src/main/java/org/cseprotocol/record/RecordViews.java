package org.cseprotocol.record;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Builds the JSON bodies that the record API returns. */
final class RecordViews {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordViews() {
    }

    static Map<String, Object> summary(CseRecordEntry entry, Set<RecordReason> reasons, int missingEpisodes) {
        Map<String, Object> view = identity(entry);
        view.put("reasons", reasons);
        view.put("currentRag", entry.get(RecordField.CURRENT_RAG));
        view.put("policeCategory", entry.get(RecordField.POLICE_CATEGORY));
        view.put("allocatedWorker", entry.get(RecordField.ALLOCATED_WORKER));
        view.put("missingEpisodes", missingEpisodes);
        view.put("missingFromEducation", entry.get(RecordField.MISSING_FROM_EDUCATION));
        view.put("updatedAt", entry.updatedAt());
        return view;
    }

    static Map<String, Object> detail(RecordDetail detail) {
        CseRecordEntry entry = detail.entry();
        Map<String, Object> view = identity(entry);
        view.put("reasons", detail.reasons());
        for (RecordField field : RecordField.values()) {
            Object value = entry.get(field);
            boolean isList = field.kind() == RecordField.FieldKind.CODE_LIST;
            view.put(field.jsonName(), isList && value != null ? List.of(value.toString().split(",")) : value);
        }
        view.put("missingEpisodes", detail.missingEpisodes().stream().map(RecordViews::episode).toList());
        view.put("addedAt", entry.addedAt());
        view.put("updatedAt", entry.updatedAt());
        view.put("closedAt", entry.closedAt());
        view.put("closedBy", entry.closedBy());
        view.put("closeReason", entry.closeReason());
        view.put("history", detail.events().stream().map(RecordViews::event).toList());
        return view;
    }

    private static Map<String, Object> identity(CseRecordEntry entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", entry.id());
        view.put("firstName", entry.firstName());
        view.put("lastName", entry.lastName());
        view.put("dateOfBirth", entry.dateOfBirth());
        view.put("status", entry.open() ? "OPEN" : "CLOSED");
        return view;
    }

    private static Map<String, Object> episode(MissingEpisode episode) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("startedOn", episode.startedOn());
        view.put("endedOn", episode.endedOn());
        view.put("notes", episode.notes());
        view.put("source", episode.sourceReference());
        view.put("recordedBy", episode.recordedBy());
        view.put("recordedAt", episode.recordedAt());
        return view;
    }

    private static Map<String, Object> event(RecordEvent event) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("type", event.type());
        view.put("changes", parse(event.changes()));
        view.put("reason", event.reason());
        view.put("source", event.sourceReference());
        view.put("actor", event.actor());
        view.put("occurredAt", event.occurredAt());
        return view;
    }

    private static Object parse(String changes) {
        try {
            return changes == null ? null : JSON.readTree(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Invalid JSON in the changes of a record event", e);
        }
    }
}
