package org.cseprotocol.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ThresholdTableTest {

    private static final String KEY = "cse-threshold";

    /**
     * A 15-year-old rated Green with screening risk Low, no police category and no significant harm: the only
     * inputs that propose not proceeding.
     */
    private static final Map<String, Object> WEAK_EVIDENCE = Map.of("ageInYears", 15, "learningDisability", false,
            "signsOfSexualActivity", false, "significantHarm", false, "ragRating", "GREEN", "screeningRisk", "LOW");

    static Stream<TableCase> cases() {
        return Stream.of(
                given("12 with signs, rated Green").with("ageInYears", 12).with("signsOfSexualActivity", true)
                        .expects("thresholdUnder13SexualActivity", "SECTION_47"),
                given("age unknown with signs").with("ageInYears", null).with("signsOfSexualActivity", true)
                        .expects("thresholdAgeUnknownSexualActivity", "SECTION_47"),
                given("13 with signs, rated Green").with("ageInYears", 13).with("signsOfSexualActivity", true)
                        .expects("thresholdSexualActivity", "SECTION_17"),
                given("significant harm").with("significantHarm", true)
                        .expects("thresholdSignificantHarm", "SECTION_47"),
                given("Red").with("ragRating", "RED").expects("thresholdRed", "SECTION_47"),
                given("police category 3").with("policeCategoryLevel", 3)
                        .expects("thresholdPoliceCategoryThree", "SECTION_47"),
                given("screening High").with("screeningRisk", "HIGH").expects("thresholdScreeningHigh", "SECTION_47"),
                given("police category 1").with("policeCategoryLevel", 1)
                        .expects("thresholdPoliceCategoryOneOrTwo", "SECTION_17"),
                given("police category 2").with("policeCategoryLevel", 2)
                        .expects("thresholdPoliceCategoryOneOrTwo", "SECTION_17"),
                given("police category 4").with("policeCategoryLevel", 4)
                        .expects("thresholdPoliceCategoryNotRecognised", "SECTION_17"),
                given("Amber").with("ragRating", "AMBER").expects("thresholdAmber", "SECTION_17"),
                given("screening Medium").with("screeningRisk", "MEDIUM")
                        .expects("thresholdScreeningMedium", "SECTION_17"),
                given("12, rated Green").with("ageInYears", 12).expects("thresholdUnder13", "SECTION_17"),
                given("13, rated Green").with("ageInYears", 13).expects("thresholdNotProceeding", "NOT_PROCEEDING"),
                given("age unknown").with("ageInYears", null).expects("thresholdAgeUnknown", "SECTION_17"),
                given("learning disability").with("learningDisability", true)
                        .expects("thresholdLearningDisability", "SECTION_17"),
                given("17 with signs").with("ageInYears", 17).with("signsOfSexualActivity", true)
                        .expects("thresholdSexualActivity", "SECTION_17"),
                given("RAG rating missing").with("ragRating", null).expects("thresholdRagMissing", "SECTION_17"),
                given("RAG rating not recognised").with("ragRating", "PURPLE")
                        .expects("thresholdRagNotRecognised", "SECTION_17"),
                given("no screening").with("screeningRisk", null)
                        .expects("thresholdScreeningMissing", "SECTION_17"),
                given("screening not recognised").with("screeningRisk", "NONE")
                        .expects("thresholdScreeningNotRecognised", "SECTION_17"),
                given("weak evidence").expects("thresholdNotProceeding", "NOT_PROCEEDING"),
                given("weak evidence, harm not yet assessed").with("significantHarm", null)
                        .expects("thresholdNotProceeding", "NOT_PROCEEDING"),
                given("learning disability not known").with("learningDisability", null)
                        .expects("thresholdCatchAll", "SECTION_17"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void proposesThresholdDecision(TableCase tableCase) {
        tableCase.check("thresholdDecision", "thresholdDecisionReason");
    }

    @Test
    void everyRuleIsReached() {
        assertThat(cases().map(TableCase::ruleId)).containsAll(DecisionFile.ruleIds(KEY));
    }

    private static TableCase.Builder given(String name) {
        return TableCase.of(name, KEY, WEAK_EVIDENCE);
    }
}
