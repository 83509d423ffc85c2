package org.cseprotocol.review;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cseprotocol.record.CaseFacts;
import org.cseprotocol.record.CaseRecording;
import org.cseprotocol.record.CseRecordEntry;
import org.cseprotocol.record.CseRecordService;
import org.cseprotocol.record.RecordField;
import org.cseprotocol.record.RecordReason;
import org.springframework.jdbc.core.JdbcTemplate;

/** Fills the central CSE record with fictional children for the review tests. */
final class ReviewRecord {

    private final CaseRecording recording;
    private final CseRecordService records;

    ReviewRecord(CaseRecording recording, CseRecordService records, JdbcTemplate jdbc) {
        this.recording = recording;
        this.records = records;
        for (String table : List.of("cse_record_event", "cse_missing_episode", "cse_record_reason", "cse_record",
                "cse_review_meeting")) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    /** Adds a child allocated to the worker, or open to police only when {@code worker} is null. */
    CseRecordEntry add(String firstName, String worker) {
        Map<RecordField, Object> fields = new EnumMap<>(RecordField.class);
        fields.put(RecordField.CURRENT_RAG, "AMBER");
        fields.put(RecordField.POLICE_CATEGORY, 2);
        if (worker == null) {
            fields.put(RecordField.CRIS_REFERENCE, "CRIS-" + firstName);
        } else {
            fields.put(RecordField.ALLOCATED_WORKER, worker);
            fields.put(RecordField.OPEN_TO_SOCIAL_CARE, true);
        }
        recording.record(new CaseFacts("CSE-2026-" + firstName, firstName, "Reviewtest", LocalDate.of(2011, 6, 1),
                fields, Set.of(RecordReason.REFERRAL), null), "process", false);
        return records.findChild(firstName, "Reviewtest", LocalDate.of(2011, 6, 1)).orElseThrow();
    }

    CseRecordEntry addClosed(String firstName, String worker) {
        CseRecordEntry entry = add(firstName, worker);
        records.close(entry.id(), "Concerns ended before this review", "cse.lead", CseRecordService.MANUAL);
        return entry;
    }
}
