package org.cseprotocol.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScreeningRiskTableTest {

    private static final String KEY = "cse-screening-risk";

    /** A 15-year-old with every category graded 1: the only inputs that rate Low. */
    private static final Map<String, Object> LOW = Map.of("ageInYears", 15, "learningDisability", false,
            "signsOfSexualActivity", false, "sexualHealthGrade", 1, "screeningGradedCount", 11,
            "screeningTopCount", 0, "screeningHighCount", 0, "screeningConcernCount", 0);

    static Stream<TableCase> cases() {
        return Stream.of(
                given("12 with sexual health 5").with("ageInYears", 12).with("signsOfSexualActivity", true)
                        .with("sexualHealthGrade", 5).with("screeningTopCount", 1).with("screeningHighCount", 1)
                        .expects("screeningRiskUnder13SexualActivity", "HIGH"),
                given("12 with an STI and no grades").with("ageInYears", 12).with("signsOfSexualActivity", true)
                        .with("sexualHealthGrade", null).with("screeningGradedCount", 0)
                        .expects("screeningRiskUnder13SexualActivity", "HIGH"),
                given("13 with sexual health 4").with("ageInYears", 13).with("signsOfSexualActivity", true)
                        .with("sexualHealthGrade", 4).with("screeningHighCount", 1)
                        .expects("screeningRiskOneGradedFourOrFive", "MEDIUM"),
                given("age unknown with signs").with("ageInYears", null).with("signsOfSexualActivity", true)
                        .expects("screeningRiskAgeUnknownSexualActivity", "HIGH"),
                given("16 with sexual health 5").with("ageInYears", 16).with("signsOfSexualActivity", true)
                        .with("sexualHealthGrade", 5).with("screeningTopCount", 1).with("screeningHighCount", 1)
                        .expects("screeningRiskSexualHealthFive", "HIGH"),
                given("two categories at 5").with("screeningTopCount", 2).with("screeningHighCount", 2)
                        .expects("screeningRiskTwoGradedFive", "HIGH"),
                given("one category at 5").with("screeningTopCount", 1).with("screeningHighCount", 1)
                        .expects("screeningRiskOneGradedFourOrFive", "MEDIUM"),
                given("three categories at 4 or 5").with("screeningHighCount", 3)
                        .expects("screeningRiskThreeGradedFourOrFive", "HIGH"),
                given("two categories at 4 or 5").with("screeningHighCount", 2)
                        .expects("screeningRiskOneGradedFourOrFive", "MEDIUM"),
                given("no category graded").with("screeningGradedCount", 0).with("sexualHealthGrade", null)
                        .expects("screeningRiskNoGrades", null),
                given("grade count missing").with("screeningGradedCount", null)
                        .expects("screeningRiskNoGrades", null),
                given("12, no grades, no signs").with("ageInYears", 12).with("screeningGradedCount", 0)
                        .expects("screeningRiskNoGrades", null),
                given("three categories at 3").with("screeningConcernCount", 3)
                        .expects("screeningRiskThreeGradedThree", "MEDIUM"),
                given("two categories at 3").with("screeningConcernCount", 2).expects("screeningRiskLow", "LOW"),
                given("12 with low grades").with("ageInYears", 12).expects("screeningRiskUnder13", "MEDIUM"),
                given("13 with low grades").with("ageInYears", 13).expects("screeningRiskLow", "LOW"),
                given("17 with low grades").with("ageInYears", 17).expects("screeningRiskLow", "LOW"),
                given("age unknown").with("ageInYears", null).expects("screeningRiskAgeUnknown", "MEDIUM"),
                given("learning disability").with("learningDisability", true)
                        .expects("screeningRiskLearningDisability", "MEDIUM"),
                given("12 with a learning disability").with("ageInYears", 12).with("learningDisability", true)
                        .expects("screeningRiskUnder13", "MEDIUM"),
                given("ten categories graded").with("screeningGradedCount", 10)
                        .expects("screeningRiskNotAllGraded", "MEDIUM"),
                given("STI with low grades at 15").with("signsOfSexualActivity", true)
                        .expects("screeningRiskSexualActivity", "MEDIUM"),
                given("every category graded 1").expects("screeningRiskLow", "LOW"),
                given("twelve categories graded").with("screeningGradedCount", 12)
                        .expects("screeningRiskCatchAll", "MEDIUM"),
                given("learning disability unknown").with("learningDisability", null)
                        .expects("screeningRiskCatchAll", "MEDIUM"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void proposesScreeningRisk(TableCase tableCase) {
        tableCase.check("screeningRisk", "screeningRiskReason");
    }

    @Test
    void everyRuleIsReached() {
        assertThat(cases().map(TableCase::ruleId)).containsAll(DecisionFile.ruleIds(KEY));
    }

    private static TableCase.Builder given(String name) {
        return TableCase.of(name, KEY, LOW);
    }
}
