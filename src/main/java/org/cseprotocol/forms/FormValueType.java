package org.cseprotocol.forms;

/** The type a form value must have in the engine, and for whole numbers the range the form offers. */
enum FormValueType {

    /** A calendar date, stored as a {@link java.util.Date} at the start of that day in London. */
    DATE,
    /** A yes/no answer, stored as a Boolean. */
    BOOLEAN,
    /** A screening tool grade: an Integer from 1 (no concern) to 5 (most serious). */
    GRADE(1, 5),
    /** A risk category of the Pan-London scheme: an Integer from 1 to 3. */
    POLICE_CATEGORY(1, 3),
    /** The codes ticked in a checklist, stored as a Json array of strings. */
    CODE_LIST,
    /** The rows of a repeating group, stored as a Json array of objects. */
    ROW_LIST;

    private final int min;
    private final int max;

    FormValueType() {
        this(0, 0);
    }

    FormValueType(int min, int max) {
        this.min = min;
        this.max = max;
    }

    boolean isWholeNumber() {
        return max > 0;
    }

    int min() {
        return min;
    }

    int max() {
        return max;
    }
}
