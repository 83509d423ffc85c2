package org.cseprotocol.decision;

import java.math.BigDecimal;

/**
 * Reads numbers that may arrive as Integer, Long or Double (Tasklist and the REST API) or as text ("4").
 */
final class Values {

    private Values() {
    }

    /** Returns the whole number the value holds, or {@code null} when it is absent, blank or not a whole number. */
    static Integer wholeNumber(Object value) {
        if (value instanceof Integer number) {
            return number;
        }
        if (value instanceof Number number) {
            return wholeNumber(new BigDecimal(number.toString()));
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return wholeNumber(new BigDecimal(text.trim()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Integer wholeNumber(BigDecimal number) {
        try {
            return number.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** Returns whether the value is absent or blank text, the forms' way of leaving a field empty. */
    static boolean isEmpty(Object value) {
        return value == null || value instanceof String text && text.isBlank();
    }
}
