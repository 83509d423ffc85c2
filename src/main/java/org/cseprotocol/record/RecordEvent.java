package org.cseprotocol.record;

import java.time.OffsetDateTime;

/**
 * One row of an entry's history.
 *
 * @param changes JSON object of the changed fields, such as {@code {"currentRag":{"from":"AMBER","to":"RED"}}},
 *     or null when nothing but the reason is recorded
 * @param sourceReference the referral id, the review's process instance id, or {@code MANUAL} for the API
 */
public record RecordEvent(long recordId, RecordEventType type, String changes, String reason,
        String sourceReference, String actor, OffsetDateTime occurredAt) {
}
