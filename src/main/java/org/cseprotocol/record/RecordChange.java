package org.cseprotocol.record;

/** What recording a case did to the child's entry. */
public enum RecordChange {
    ADDED,
    UPDATED,
    REOPENED,
    /** The entry already had every value, reason and missing episode of the case. */
    UNCHANGED,
    /** The entry was closed after this case last changed it, so the case changes it no more. */
    CLOSED_ENTRY_KEPT
}
