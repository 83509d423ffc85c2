package org.cseprotocol.record;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Builds the facts of fictional cases for record tests. */
final class RecordFacts {

    private final Map<RecordField, Object> fields = new EnumMap<>(RecordField.class);
    private final Set<RecordReason> reasons = EnumSet.of(RecordReason.REFERRAL);
    private String source = "CSE-2026-000101";
    private String firstName = "Robin";
    private String lastName = "Testcase";
    private LocalDate dateOfBirth = LocalDate.of(2011, 4, 2);
    private LocalDate missingSince;

    static RecordFacts openToSocialCare() {
        return new RecordFacts().with(RecordField.OPEN_TO_SOCIAL_CARE, true)
                .with(RecordField.ALLOCATED_WORKER, "social.worker");
    }

    static RecordFacts openToPoliceOnly() {
        return new RecordFacts().with(RecordField.CRIS_REFERENCE, "CRIS-0000101");
    }

    static RecordFacts openToNeither() {
        return new RecordFacts().with(RecordField.CURRENT_RAG, "AMBER");
    }

    RecordFacts with(RecordField field, Object value) {
        fields.put(field, value);
        return this;
    }

    RecordFacts source(String referralId) {
        this.source = referralId;
        return this;
    }

    RecordFacts child(String first, String last, LocalDate born) {
        this.firstName = first;
        this.lastName = last;
        this.dateOfBirth = born;
        return this;
    }

    RecordFacts reasons(RecordReason... only) {
        reasons.clear();
        reasons.addAll(Set.of(only));
        return this;
    }

    RecordFacts missingSince(LocalDate day) {
        this.missingSince = day;
        return this;
    }

    CaseFacts build() {
        return new CaseFacts(source, firstName, lastName, dateOfBirth, fields, reasons, missingSince);
    }
}
