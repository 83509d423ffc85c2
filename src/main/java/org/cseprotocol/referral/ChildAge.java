package org.cseprotocol.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/** Computes a child's age the way MASH counts it: whole years on the London calendar date of receipt. */
final class ChildAge {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private ChildAge() {
    }

    static LocalDate receiptDate(Instant receivedAt) {
        return receivedAt.atZone(LONDON).toLocalDate();
    }

    static int yearsAt(LocalDate dateOfBirth, Instant receivedAt) {
        return yearsOn(dateOfBirth, receiptDate(receivedAt));
    }

    static int yearsOn(LocalDate dateOfBirth, LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }
}
