package org.cseprotocol.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The days a report covers, from and to both included, in the MASH's time zone: a referral received at 23:30 on
 * 31 March London time counts in March.
 */
record ReportPeriod(LocalDate from, LocalDate to) {

    /** Maximum length of a period: ten years, as long as the process history is kept. */
    static final long MAX_DAYS = 3660;

    ReportPeriod {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("Invalid period: from " + from + " is after to " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("Invalid period " + from + " to " + to + ": at most " + MAX_DAYS
                    + " days");
        }
    }

    /** Returns the period asked for, where a missing {@code from} is the first of this month and {@code to} today. */
    static ReportPeriod of(LocalDate from, LocalDate to, LocalDate today) {
        return new ReportPeriod(from != null ? from : today.withDayOfMonth(1), to != null ? to : today);
    }

    Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** Returns the first instant after the period. */
    Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
