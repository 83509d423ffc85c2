package org.cseprotocol.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Converts one form value to its declared {@link FormValueType}. Returns nothing when the value already has the
 * type or is null, so that unchanged values are not written again.
 */
final class FormValueConverter {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private FormValueConverter() {
    }

    /**
     * Returns the converted value, or nothing when no conversion is needed. Blank text becomes a typed null.
     *
     * @throws FormValueRejectedException if the value cannot be converted, naming the variable
     */
    static Optional<TypedValue> convert(String variable, FormValueType type, TypedValue typed) {
        Object value = typed == null ? null : typed.getValue();
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text && text.isBlank()) {
            return Optional.of(typedNull(type));
        }
        return switch (type) {
            case DATE -> date(variable, value);
            case BOOLEAN -> flag(variable, value);
            case GRADE, POLICE_CATEGORY -> wholeNumber(variable, type, value);
            case CODE_LIST, ROW_LIST -> JsonLists.convert(variable, type, typed);
        };
    }

    private static Optional<TypedValue> date(String variable, Object value) {
        if (value instanceof Date) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            return Optional.of(Variables.dateValue(parseDate(variable, text.trim())));
        }
        throw rejected(variable, "must be a date such as 2026-03-04, not " + describe(value));
    }

    private static Date parseDate(String variable, String text) {
        try {
            if (text.length() == "2026-03-04".length()) {
                return Date.from(LocalDate.parse(text).atStartOfDay(LONDON).toInstant());
            }
            return Date.from(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            throw rejected(variable, "must be a date such as 2026-03-04, or a date and time with an offset such "
                    + "as 2026-03-04T10:15:00Z. The text sent is neither");
        }
    }

    private static Optional<TypedValue> flag(String variable, Object value) {
        if (value instanceof Boolean) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            String answer = text.trim().toLowerCase(Locale.ROOT);
            if (answer.equals("true") || answer.equals("false")) {
                return Optional.of(Variables.booleanValue(Boolean.valueOf(answer)));
            }
        }
        throw rejected(variable, "must be true or false, not " + describe(value));
    }

    private static Optional<TypedValue> wholeNumber(String variable, FormValueType type, Object value) {
        Integer number = wholeNumberOf(value);
        if (number == null || number < type.min() || number > type.max()) {
            throw rejected(variable, "must be a whole number from " + type.min() + " to " + type.max() + ", not "
                    + (number == null ? describe(value) : number));
        }
        return value instanceof Integer ? Optional.empty() : Optional.of(Variables.integerValue(number));
    }

    private static Integer wholeNumberOf(Object value) {
        try {
            if (value instanceof Integer number) {
                return number;
            }
            if (value instanceof Number || value instanceof String) {
                return new BigDecimal(value.toString().trim()).stripTrailingZeros().intValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
        return null;
    }

    private static TypedValue typedNull(FormValueType type) {
        return switch (type) {
            case DATE -> Variables.dateValue(null);
            case BOOLEAN -> Variables.booleanValue(null);
            case GRADE, POLICE_CATEGORY -> Variables.integerValue(null);
            case CODE_LIST, ROW_LIST -> Variables.untypedNullValue();
        };
    }

    /**
     * Describes a rejected value for the message: numbers and booleans as they are, anything else by its type only,
     * because text typed into a case form may hold case details, and the engine logs the messages of failed
     * commands.
     */
    static String describe(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return value instanceof String ? "text" : "a value of type " + value.getClass().getSimpleName();
    }

    static FormValueRejectedException rejected(String variable, String problem) {
        return new FormValueRejectedException(variable, "The value of " + variable + " " + problem + ".");
    }
}
