package org.cseprotocol.record;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What a case, or the CSE lead adding a child by hand, tells the record about one child.
 *
 * @param sourceReference the referral id, or {@code MANUAL} for an entry added over the API
 * @param fields the values to store; a field that is absent is left as the entry has it
 * @param missingSince the day a missing episode started, when the child was missing at referral, else null
 */
public record CaseFacts(String sourceReference, String firstName, String lastName, LocalDate dateOfBirth,
        Map<RecordField, Object> fields, Set<RecordReason> reasons, LocalDate missingSince) {

    public CaseFacts {
        fields = Map.copyOf(fields);
        reasons = Set.copyOf(reasons);
    }

    /**
     * Returns whether the case is open to social care (an open case or an allocated social worker) or to the
     * police (a CRIS report): only then may the child be on the record.
     */
    public boolean openToSocialCareOrPolice() {
        return Boolean.TRUE.equals(fields.get(RecordField.OPEN_TO_SOCIAL_CARE))
                || fields.get(RecordField.ALLOCATED_WORKER) != null
                || fields.get(RecordField.CRIS_REFERENCE) != null;
    }
}
