package org.cseprotocol.referral;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/** Parses the upper-case codes of a referral's enumerations, with errors that list the allowed values. */
final class EnumCodes {

    private static final int MAX_ECHOED_CHARACTERS = 40;

    private EnumCodes() {
    }

    /** Returns the constant named by a JSON string, or null after adding an error under {@code fieldPath}. */
    static <E extends Enum<E>> E parse(String fieldPath, JsonNode value, Class<E> type, List<FieldError> errors) {
        String allowed = "allowed values: " + allowedValues(type);
        if (!value.isTextual()) {
            errors.add(new FieldError(fieldPath, "must be a JSON string; " + allowed));
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(code -> code.name().equals(value.textValue()))
                .findFirst()
                .orElseGet(() -> {
                    errors.add(new FieldError(fieldPath, echo(value.textValue()) + " is not allowed; " + allowed));
                    return null;
                });
    }

    static <E extends Enum<E>> String allowedValues(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** Quotes a rejected value, cut to 40 characters so that a long value cannot bloat the response. */
    private static String echo(String value) {
        if (value.length() <= MAX_ECHOED_CHARACTERS) {
            return "'" + value + "'";
        }
        return "'" + value.substring(0, MAX_ECHOED_CHARACTERS) + "...'";
    }
}
