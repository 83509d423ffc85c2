package org.cseprotocol.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.spin.json.SpinJsonNode;
import org.cseprotocol.record.CseRecordEntry;
import org.cseprotocol.record.RecordField;
import org.cseprotocol.record.RecordReason;

/**
 * Builds the rows that the review forms show, one per child, and reads the submitted rows back. A row is a JSON object
 * in a list variable, which a Camunda Forms dynamic list edits in place.
 */
final class ReviewItems {

    static final String RECORD_ID = "recordId";

    private ReviewItems() {
    }

    /** Returns a row of a social worker's update form, pre-filled with what the record contains. */
    static Map<String, Object> updateRow(CseRecordEntry entry, int missingEpisodes) {
        Map<String, Object> row = identity(entry);
        row.put("summary", summary(entry, missingEpisodes));
        row.put("update", null);
        row.put("currentRag", entry.get(RecordField.CURRENT_RAG));
        row.put("missingFromEducation", entry.get(RecordField.MISSING_FROM_EDUCATION));
        row.put("newMissingEpisodes", null);
        row.put("associates", entry.get(RecordField.ASSOCIATES));
        row.put("socialMedia", entry.get(RecordField.SOCIAL_MEDIA));
        row.put("venues", entry.get(RecordField.VENUES));
        return row;
    }

    /** Returns a row of the meeting form: the child, the worker's update, and room for the outcome. */
    static Map<String, Object> meetingRow(CseRecordEntry entry, Set<RecordReason> reasons, int missingEpisodes,
            String update) {
        Map<String, Object> row = identity(entry);
        String worker = entry.allocatedWorker();
        row.put("allocatedWorker", worker == null ? "No allocated social worker" : worker);
        row.put("reasons", String.join(", ", reasons.stream().map(ReviewItems::describe).toList()));
        row.put("summary", summary(entry, missingEpisodes));
        row.put("update", update != null ? update
                : worker == null ? "No update requested: no allocated social worker" : "No update received");
        row.put("outcome", null);
        row.put("concernsEnded", false);
        row.put("closeReason", null);
        return row;
    }

    static String summary(CseRecordEntry entry, int missingEpisodes) {
        List<String> parts = new ArrayList<>();
        Object rag = entry.get(RecordField.CURRENT_RAG);
        parts.add(rag == null ? "RAG not rated" : "RAG " + rag);
        Object category = entry.get(RecordField.POLICE_CATEGORY);
        parts.add(category == null ? "police category not set" : "police category " + category);
        parts.add(missingEpisodes + (missingEpisodes == 1 ? " missing episode" : " missing episodes"));
        if (Boolean.TRUE.equals(entry.get(RecordField.MISSING_FROM_EDUCATION))) {
            parts.add("missing from education");
        }
        if (entry.get(RecordField.OUTCOME) != null) {
            parts.add("outcome " + entry.get(RecordField.OUTCOME).toString().replace(",", ", "));
        }
        return String.join("; ", parts);
    }

    private static Map<String, Object> identity(CseRecordEntry entry) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(RECORD_ID, entry.id());
        row.put("child", childLabel(entry));
        return row;
    }

    /** Returns the name and date of birth, which is how practitioners tell children apart. */
    static String childLabel(CseRecordEntry entry) {
        return entry.childName() + ", born " + entry.dateOfBirth();
    }

    private static String describe(RecordReason reason) {
        return switch (reason) {
            case REFERRAL -> "CSE referral";
            case FOUND_IN_ASSESSMENT -> "found in assessment";
            case CIN_PLAN -> "child in need plan";
            case CP_PLAN -> "child protection plan";
            case LAC_IN_BOROUGH -> "looked after, in borough";
            case LAC_OUT_OF_BOROUGH -> "looked after, out of borough";
        };
    }

    static long recordId(SpinJsonNode row) {
        SpinJsonNode id = row.hasProp(RECORD_ID) ? row.prop(RECORD_ID) : null;
        if (id == null || !id.isNumber()) {
            throw new IllegalArgumentException("A row has no record id: the form must keep the recordId field");
        }
        return id.numberValue().longValue();
    }

    /** Returns the trimmed text of a property, or null when it is missing, null or blank. */
    static String text(SpinJsonNode row, String name) {
        if (!row.hasProp(name) || row.prop(name).isNull()) {
            return null;
        }
        SpinJsonNode value = row.prop(name);
        String text = value.isString() ? value.stringValue() : value.toString();
        return text.isBlank() ? null : text.trim();
    }

    static boolean flag(SpinJsonNode row, String name) {
        return row.hasProp(name) && row.prop(name).isBoolean() && row.prop(name).boolValue();
    }
}
