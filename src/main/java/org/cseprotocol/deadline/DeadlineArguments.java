package org.cseprotocol.deadline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** Converts the start and length arguments that BPMN expressions pass to {@link Deadlines}. */
final class DeadlineArguments {

    private static final String START_FORMS =
            "a java.util.Date or an ISO-8601 date-time such as 2026-03-06T15:00:00Z";

    private DeadlineArguments() {
    }

    /**
     * Converts a start to an instant. Text without an offset, and a date alone (taken as its start, so the
     * count begins at that day's opening), are wall-clock times in {@code zone}.
     *
     * @throws IllegalArgumentException if the start is null or of no supported type or format
     */
    static Instant toInstant(Object start, ZoneId zone) {
        if (start == null) {
            throw new IllegalArgumentException("the start is missing (null). Set the date variable that the "
                    + "expression passes before the deadline is computed");
        }
        if (start instanceof Date date) {
            return Instant.ofEpochMilli(date.getTime());
        }
        if (start instanceof Instant instant) {
            return instant;
        }
        if (start instanceof OffsetDateTime dateTime) {
            return dateTime.toInstant();
        }
        if (start instanceof ZonedDateTime dateTime) {
            return dateTime.toInstant();
        }
        if (start instanceof LocalDateTime dateTime) {
            return dateTime.atZone(zone).toInstant();
        }
        if (start instanceof LocalDate date) {
            return date.atStartOfDay(zone).toInstant();
        }
        if (start instanceof String text) {
            return parseStart(text.strip(), zone);
        }
        throw new IllegalArgumentException("the start must be " + START_FORMS + ", but was a "
                + start.getClass().getName());
    }

    /**
     * Converts a length to a whole number.
     *
     * @throws IllegalArgumentException if the length is null, not a whole number or beyond the int range
     */
    static int toLength(Object length) {
        if (length == null) {
            throw new IllegalArgumentException("the length is missing (null). Set the number variable that the "
                    + "expression passes before the deadline is computed");
        }
        try {
            BigDecimal number = length instanceof Number ? new BigDecimal(length.toString())
                    : new BigDecimal(length.toString().strip());
            return number.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("the length must be a whole number, but was '" + length + "'", e);
        }
    }

    /** Returns a value as it appears in an error message: an instant for a date, text in quotes. */
    static String describe(Object value) {
        if (value instanceof Date date) {
            return Instant.ofEpochMilli(date.getTime()).toString();
        }
        if (value instanceof String text) {
            return "'" + text + "'";
        }
        return String.valueOf(value);
    }

    private static Instant parseStart(String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException notLocalDateTime) {
                return parseDate(text, zone);
            }
        }
    }

    private static Instant parseDate(String text, ZoneId zone) {
        try {
            return LocalDate.parse(text).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the start '" + text + "' is invalid: give " + START_FORMS, e);
        }
    }
}
