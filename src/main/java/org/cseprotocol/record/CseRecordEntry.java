package org.cseprotocol.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** One child's entry on the central CSE record: identity, status and the values of its {@link RecordField}s. */
public record CseRecordEntry(long id, String firstName, String lastName, LocalDate dateOfBirth, boolean open,
        Map<RecordField, Object> fields, OffsetDateTime addedAt, OffsetDateTime updatedAt, OffsetDateTime closedAt,
        String closedBy, String closeReason) {

    public CseRecordEntry {
        fields = Collections.unmodifiableMap(new EnumMap<>(fields));
    }

    public Object get(RecordField field) {
        return fields.get(field);
    }

    public String text(RecordField field) {
        Object value = fields.get(field);
        return value == null ? null : value.toString();
    }

    public String allocatedWorker() {
        return text(RecordField.ALLOCATED_WORKER);
    }

    public String childName() {
        return firstName + " " + lastName;
    }
}
