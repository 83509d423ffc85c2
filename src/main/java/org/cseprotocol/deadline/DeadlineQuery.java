package org.cseprotocol.deadline;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Parameters of {@code GET /api/deadlines}: a start instant and exactly one of a number of working hours or
 * working days, each between 0 and the calendar's maximum.
 */
record DeadlineQuery(Instant from, Integer workingHours, Integer workingDays) {

    /** Problem with one request parameter, as listed in the 400 response. */
    record ParameterError(String parameter, String message) {
    }

    /** Rejection of a request, with every invalid parameter. */
    static final class InvalidDeadlineQueryException extends RuntimeException {

        private final transient List<ParameterError> errors;

        InvalidDeadlineQueryException(List<ParameterError> errors) {
            super(errors.stream().map(ParameterError::message).collect(Collectors.joining(" ")));
            this.errors = List.copyOf(errors);
        }

        List<ParameterError> errors() {
            return errors;
        }
    }

    /**
     * Parses the raw parameters.
     *
     * @throws InvalidDeadlineQueryException listing every missing or invalid parameter
     */
    static DeadlineQuery parse(String from, String workingHours, String workingDays) {
        List<ParameterError> errors = new ArrayList<>();
        Instant start = parseFrom(from, errors);
        Integer hours = parseLength("workingHours", workingHours, WorkingCalendar.MAX_WORKING_HOURS, errors);
        Integer days = parseLength("workingDays", workingDays, WorkingCalendar.MAX_WORKING_DAYS, errors);
        if (isBlank(workingHours) && isBlank(workingDays)) {
            errors.add(new ParameterError("workingHours", "Parameter 'workingHours' or 'workingDays' is missing. "
                    + "Give exactly one of them."));
        } else if (!isBlank(workingHours) && !isBlank(workingDays)) {
            errors.add(new ParameterError("workingDays", "Parameters 'workingHours' and 'workingDays' were both "
                    + "given. Give exactly one of them."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidDeadlineQueryException(errors);
        }
        return new DeadlineQuery(start, hours, days);
    }

    private static Instant parseFrom(String from, List<ParameterError> errors) {
        if (isBlank(from)) {
            errors.add(new ParameterError("from", "Parameter 'from' is missing. Give an ISO-8601 instant such as "
                    + "2026-03-06T15:00:00Z."));
            return null;
        }
        try {
            return OffsetDateTime.parse(from.strip()).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new ParameterError("from", "Parameter 'from' is invalid: '" + from + "' is not an ISO-8601 "
                    + "instant with an offset, such as 2026-03-06T15:00:00Z or 2026-03-06T15:00:00+01:00."));
            return null;
        }
    }

    private static Integer parseLength(String name, String text, int maximum, List<ParameterError> errors) {
        if (isBlank(text)) {
            return null;
        }
        int length;
        try {
            length = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            errors.add(new ParameterError(name, "Parameter '" + name + "' is invalid: '" + text
                    + "' is not a whole number."));
            return null;
        }
        if (length < 0 || length > maximum) {
            errors.add(new ParameterError(name, "Parameter '" + name + "' is out of range: " + length
                    + " is not between 0 and " + maximum + "."));
            return null;
        }
        return length;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
