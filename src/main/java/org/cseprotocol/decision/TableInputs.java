package org.cseprotocol.decision;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes the flat, typed inputs of the decision tables from the case variables. The tables read these and a few
 * case variables directly ({@code currentlyMissing}, {@code screeningRisk}, {@code ragRating},
 * {@code significantHarm}, {@code assessedRisk}, {@code engagement}, {@code planInPlace}).
 */
final class TableInputs {

    /** Marks a police category that is present but not a number, so the tables treat it as not recognised. */
    static final int UNREADABLE_POLICE_CATEGORY = 0;

    private static final String STI_PREGNANCY_TERMINATION = "STI_PREGNANCY_TERMINATION";

    private TableInputs() {
    }

    static Map<String, Object> compute(Function<String, Object> variables) {
        Integer age = Values.wholeNumber(variables.apply("childAge"));
        ScreeningGrades grades = ScreeningGrades.read(variables);
        Set<String> indicators = upperCase(variables.apply("indicators"));
        Set<String> types = upperCase(variables.apply("exploitationTypes"));
        Set<String> vulnerabilities = upperCase(variables.apply("vulnerabilities"));

        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("ageInYears", age);
        inputs.put("learningDisability", vulnerabilities.contains("LEARNING_DISABILITY"));
        inputs.put("signsOfSexualActivity", signsOfSexualActivity(age, grades.sexualHealth(), indicators));
        inputs.put("sexualHealthGrade", grades.sexualHealth());
        inputs.put("screeningGradedCount", grades.graded());
        inputs.put("screeningConcernCount", grades.gradedAtLeast(3));
        inputs.put("screeningHighCount", grades.gradedAtLeast(4));
        inputs.put("screeningTopCount", grades.gradedAtLeast(5));
        inputs.put("indicatorCount", indicators.size());
        inputs.put("vulnerabilityCount", vulnerabilities.size());
        inputs.put("organisedExploitation", types.contains("ORGANISED_NETWORK"));
        inputs.put("familialExploitation", types.contains("FAMILIAL"));
        inputs.put("policeCategoryLevel", policeCategoryLevel(variables.apply("policeCategory")));
        return inputs;
    }

    /**
     * Sexual health graded 4 or 5, or an STI, pregnancy or termination. Grade 2 ("sexually active, consensual,
     * similar age") also counts for a child under 13 or of unknown age, because such a child cannot consent and
     * the tool itself grades an under-13 who is sexually active as 5.
     */
    static boolean signsOfSexualActivity(Integer age, Integer sexualHealth, Set<String> indicators) {
        boolean possiblyUnder13 = age == null || age < 13;
        boolean gradedActive = sexualHealth != null
                && (sexualHealth >= 4 || sexualHealth == 2 && possiblyUnder13);
        return gradedActive || indicators.contains(STI_PREGNANCY_TERMINATION);
    }

    private static Integer policeCategoryLevel(Object value) {
        if (Values.isEmpty(value)) {
            return null;
        }
        Integer level = Values.wholeNumber(value);
        return level == null ? UNREADABLE_POLICE_CATEGORY : level;
    }

    private static Set<String> upperCase(Object list) {
        return CaseLists.strings(list).stream()
                .map(value -> value.toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }
}
