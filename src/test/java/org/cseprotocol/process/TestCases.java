package org.cseprotocol.process;

import java.util.Map;

/** Start variables of fictional cases, for tests outside this package. */
public final class TestCases {

    private TestCases() {
    }

    /** Returns the start variables of a new concern about a 15-year-old, not open to social care. */
    public static Map<String, Object> newConcern() {
        return CaseVariables.newConcern().build();
    }

    /** Returns the start variables of a referral on a case already open to social care. */
    public static Map<String, Object> openCase() {
        return CaseVariables.openCase().build();
    }
}
