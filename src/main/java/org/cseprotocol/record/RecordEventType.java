package org.cseprotocol.record;

/** Kinds of change kept in an entry's history, the {@code cse_record_event} table. */
public enum RecordEventType {
    ADDED,
    REASON_ADDED,
    UPDATED,
    MISSING_EPISODE,
    CLOSED,
    REOPENED,
    /** An allocated social worker's update for the monthly operational meeting. */
    REVIEW_UPDATE,
    /** The outcome that the monthly operational meeting decided for the child. */
    REVIEWED,
    /** The allocated social worker's reply to the meeting's outcome. */
    OUTCOME_ACTIONED
}
