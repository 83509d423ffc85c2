package org.cseprotocol.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RagRatingTableTest {

    private static final String KEY = "cse-rag-rating";

    /** A 15-year-old with screening risk Low and nothing else of concern: the only inputs that rate Green. */
    private static final Map<String, Object> GREEN = green();

    static Stream<TableCase> cases() {
        return Stream.of(
                given("12 with signs of sexual activity").with("ageInYears", 12).with("signsOfSexualActivity", true)
                        .expects("ragRatingUnder13SexualActivity", "RED"),
                given("12 with signs, police 1, screening Low").with("ageInYears", 12)
                        .with("signsOfSexualActivity", true).with("policeCategoryLevel", 1)
                        .expects("ragRatingUnder13SexualActivity", "RED"),
                given("age unknown with signs").with("ageInYears", null).with("signsOfSexualActivity", true)
                        .expects("ragRatingAgeUnknownSexualActivity", "RED"),
                given("13 with signs").with("ageInYears", 13).with("signsOfSexualActivity", true)
                        .expects("ragRatingUnder16SexualActivity", "RED"),
                given("15 with signs").with("ageInYears", 15).with("signsOfSexualActivity", true)
                        .expects("ragRatingUnder16SexualActivity", "RED"),
                given("16 with signs").with("ageInYears", 16).with("signsOfSexualActivity", true)
                        .expects("ragRatingOlderSexualActivity", "AMBER"),
                given("17 with signs").with("ageInYears", 17).with("signsOfSexualActivity", true)
                        .expects("ragRatingOlderSexualActivity", "AMBER"),
                given("missing now").with("currentlyMissing", true).expects("ragRatingMissingNow", "RED"),
                given("missing not stated").with("currentlyMissing", null).expects("ragRatingGreen", "GREEN"),
                given("police category 3").with("policeCategoryLevel", 3)
                        .expects("ragRatingPoliceCategoryThree", "RED"),
                given("screening High").with("screeningRisk", "HIGH").expects("ragRatingScreeningHigh", "RED"),
                given("organised network").with("organisedExploitation", true)
                        .expects("ragRatingOrganisedExploitation", "RED"),
                given("familial").with("familialExploitation", true)
                        .expects("ragRatingFamilialExploitation", "RED"),
                given("police category 2").with("policeCategoryLevel", 2)
                        .expects("ragRatingPoliceCategoryTwo", "AMBER"),
                given("police category 4").with("policeCategoryLevel", 4)
                        .expects("ragRatingPoliceCategoryNotRecognised", "AMBER"),
                given("police category unreadable (0)").with("policeCategoryLevel", 0)
                        .expects("ragRatingPoliceCategoryNotRecognised", "AMBER"),
                given("police category 1").with("policeCategoryLevel", 1).expects("ragRatingGreen", "GREEN"),
                given("screening Medium").with("screeningRisk", "MEDIUM")
                        .expects("ragRatingScreeningMedium", "AMBER"),
                given("12 without signs").with("ageInYears", 12).expects("ragRatingUnder13", "AMBER"),
                given("13 without signs").with("ageInYears", 13).expects("ragRatingGreen", "GREEN"),
                given("age unknown").with("ageInYears", null).expects("ragRatingAgeUnknown", "AMBER"),
                given("learning disability").with("learningDisability", true)
                        .expects("ragRatingLearningDisability", "AMBER"),
                given("three indicators").with("indicatorCount", 3).expects("ragRatingThreeIndicators", "AMBER"),
                given("two indicators").with("indicatorCount", 2).expects("ragRatingGreen", "GREEN"),
                given("three vulnerabilities").with("vulnerabilityCount", 3)
                        .expects("ragRatingThreeVulnerabilities", "AMBER"),
                given("two vulnerabilities").with("vulnerabilityCount", 2).expects("ragRatingGreen", "GREEN"),
                given("screening not known").with("screeningRisk", null)
                        .expects("ragRatingScreeningUnknown", "AMBER"),
                given("screening not recognised").with("screeningRisk", "low")
                        .expects("ragRatingScreeningNotRecognised", "AMBER"),
                given("nothing of concern").expects("ragRatingGreen", "GREEN"),
                given("indicator count missing").with("indicatorCount", null)
                        .expects("ragRatingCatchAll", "AMBER"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void proposesRagRating(TableCase tableCase) {
        tableCase.check("ragRating", "ragRatingReason");
    }

    @Test
    void everyRuleIsReached() {
        assertThat(cases().map(TableCase::ruleId)).containsAll(DecisionFile.ruleIds(KEY));
    }

    private static TableCase.Builder given(String name) {
        return TableCase.of(name, KEY, GREEN);
    }

    /** Police category absent: the police categorise after triage. */
    private static Map<String, Object> green() {
        return Map.of("ageInYears", 15, "learningDisability", false, "signsOfSexualActivity", false,
                "currentlyMissing", false, "screeningRisk", "LOW", "organisedExploitation", false,
                "familialExploitation", false, "indicatorCount", 0, "vulnerabilityCount", 0);
    }
}
