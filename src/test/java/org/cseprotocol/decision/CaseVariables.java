package org.cseprotocol.decision;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;

/** Case variables as the intake API sets them, for the fictional referrals of the shared test cases. */
final class CaseVariables {

    private CaseVariables() {
    }

    /** Case 02: a 12-year-old, online exploitation, sexual health graded 5. Must be Red and Section 47. */
    static Map<String, Object> caseTwo() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("referralId", "CSE-2026-000002");
        variables.put("childAge", 12);
        variables.put("currentlyMissing", false);
        variables.put("exploitationTypes", json(List.of("ONLINE")));
        variables.put("indicators", json(List.of("SEXUALISED_BEHAVIOUR", "MOOD_OR_SELF_HARM")));
        variables.put("vulnerabilities", json(List.of("LACKS_SAME_AGE_FRIENDS")));
        variables.putAll(grades(1, 1, 1, 1, 1, 4, 1, 5, 3, 1, 5));
        return variables;
    }

    /** Case 03: a 16-year-old, one indicator, every grade 1 or 2. */
    static Map<String, Object> caseThree() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("referralId", "CSE-2026-000003");
        variables.put("childAge", 16);
        variables.put("currentlyMissing", false);
        variables.put("exploitationTypes", json(List.of("PEER_ON_PEER")));
        variables.put("indicators", json(List.of("SUBSTANCE_MISUSE")));
        variables.put("vulnerabilities", json(List.of()));
        variables.putAll(grades(1, 1, 2, 1, 1, 1, 2, 1, 1, 1, 1));
        return variables;
    }

    private static Object json(List<String> values) {
        return SpinValues.jsonValue(Spin.JSON(values)).create();
    }

    private static Map<String, Object> grades(int... values) {
        Map<String, Object> grades = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            grades.put(ScreeningGrades.CATEGORIES.get(i), values[i]);
        }
        return grades;
    }
}
