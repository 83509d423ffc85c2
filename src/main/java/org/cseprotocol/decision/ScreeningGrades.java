package org.cseprotocol.decision;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The eleven grades of the screening tool, each 1 (no concern) to 5 (most serious), or {@code null} when the
 * category is not graded. A value outside 1 to 5 or not a whole number counts as not graded, so a bad value can
 * only keep the risk from being rated Low, never lower it.
 */
record ScreeningGrades(List<Integer> grades, Integer sexualHealth) {

    static final String SEXUAL_HEALTH = "screeningSexualHealth";
    static final List<String> CATEGORIES = List.of("screeningMissing", "screeningEducation", "screeningSubstances",
            "screeningParentRelationship", "screeningAccommodation", "screeningRecognisesExploitation",
            "screeningEngagement", SEXUAL_HEALTH, "screeningHealthAndBehaviour", "screeningRiskyAssociations",
            "screeningSocialMedia");

    static ScreeningGrades read(Function<String, Object> variables) {
        List<Integer> grades = CATEGORIES.stream().map(name -> grade(variables.apply(name))).toList();
        return new ScreeningGrades(grades, grade(variables.apply(SEXUAL_HEALTH)));
    }

    private static Integer grade(Object value) {
        Integer grade = Values.wholeNumber(value);
        return grade != null && grade >= 1 && grade <= 5 ? grade : null;
    }

    int graded() {
        return (int) grades.stream().filter(Objects::nonNull).count();
    }

    int gradedAtLeast(int minimum) {
        return (int) grades.stream().filter(grade -> grade != null && grade >= minimum).count();
    }
}
