package org.cseprotocol.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableInputsTest {

    @Test
    void computesInputsOfCaseTwo() {
        Map<String, Object> variables = new HashMap<>(Map.of("childAge", 12,
                "exploitationTypes", Spin.JSON("[\"ONLINE\"]"),
                "indicators", Spin.JSON("[\"SEXUALISED_BEHAVIOUR\", \"MOOD_OR_SELF_HARM\"]"),
                "vulnerabilities", Spin.JSON("[\"LACKS_SAME_AGE_FRIENDS\"]")));
        variables.putAll(grades(1, 1, 1, 1, 1, 4, 1, 5, 3, 1, 5));

        Map<String, Object> inputs = TableInputs.compute(variables::get);

        assertThat(inputs).containsEntry("ageInYears", 12)
                .containsEntry("learningDisability", false)
                .containsEntry("signsOfSexualActivity", true)
                .containsEntry("sexualHealthGrade", 5)
                .containsEntry("screeningGradedCount", 11)
                .containsEntry("screeningConcernCount", 4)
                .containsEntry("screeningHighCount", 3)
                .containsEntry("screeningTopCount", 2)
                .containsEntry("indicatorCount", 2)
                .containsEntry("vulnerabilityCount", 1)
                .containsEntry("organisedExploitation", false)
                .containsEntry("familialExploitation", false)
                .containsEntry("policeCategoryLevel", null);
    }

    @Test
    void readsGradesAndPoliceCategoryFromTasklistTypes() {
        Map<String, Object> variables = new HashMap<>(grades("4", 4L, 5.0, "", null, 0, 6, "x", 1, 2, 3));
        variables.put("policeCategory", "2");

        Map<String, Object> inputs = TableInputs.compute(variables::get);

        assertThat(inputs).containsEntry("screeningGradedCount", 6)
                .containsEntry("screeningHighCount", 3)
                .containsEntry("screeningTopCount", 1)
                .containsEntry("sexualHealthGrade", null)
                .containsEntry("policeCategoryLevel", 2);
    }

    @ParameterizedTest(name = "policeCategory {0} -> {1}")
    @CsvSource(nullValues = "null", value = {"3, 3", "2, 2", "' ', null", "null, null", "4, 4", "high, 0"})
    void marksUnreadablePoliceCategory(String policeCategory, Integer level) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("policeCategory", policeCategory);

        assertThat(TableInputs.compute(variables::get).get("policeCategoryLevel")).isEqualTo(level);
    }

    @Test
    void flagsListEntries() {
        Map<String, Object> variables = Map.of(
                "exploitationTypes", List.of("organised_network", "FAMILIAL"),
                "vulnerabilities", "[\"LEARNING_DISABILITY\", \"LIVING_IN_CARE\", \"HOMELESSNESS\"]");

        Map<String, Object> inputs = TableInputs.compute(variables::get);

        assertThat(inputs).containsEntry("organisedExploitation", true)
                .containsEntry("familialExploitation", true)
                .containsEntry("learningDisability", true)
                .containsEntry("vulnerabilityCount", 3)
                .containsEntry("indicatorCount", 0);
    }

    @ParameterizedTest(name = "age {0}, sexual health {1}, STI {2} -> {3}")
    @CsvSource(nullValues = "null", value = {
        "12, 4, false, true", "16, 5, false, true", "16, 3, false, false", "16, 2, false, false",
        "12, 2, false, true", "13, 2, false, false", "null, 2, false, true", "15, null, true, true",
        "15, null, false, false", "12, 1, false, false"})
    void detectsSignsOfSexualActivity(Integer age, Integer sexualHealth, boolean sti, boolean signs) {
        Set<String> indicators = sti ? Set.of("STI_PREGNANCY_TERMINATION") : Set.of();

        assertThat(TableInputs.signsOfSexualActivity(age, sexualHealth, indicators)).isEqualTo(signs);
    }

    private static Map<String, Object> grades(Object... values) {
        Map<String, Object> grades = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            grades.put(ScreeningGrades.CATEGORIES.get(i), values[i]);
        }
        return grades;
    }
}
