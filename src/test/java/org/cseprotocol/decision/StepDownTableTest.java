package org.cseprotocol.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StepDownTableTest {

    private static final String KEY = "cse-step-down";

    /** A 15-year-old at low risk, engaged, with a plan and police category 1: the inputs for Early Help. */
    private static final Map<String, Object> EARLY_HELP = Map.of("ageInYears", 15, "learningDisability", false,
            "signsOfSexualActivity", false, "assessedRisk", "LOW", "policeCategoryLevel", 1,
            "engagement", "ENGAGED", "planInPlace", true);

    static Stream<TableCase> cases() {
        return Stream.of(
                given("12 with signs").with("ageInYears", 12).with("signsOfSexualActivity", true)
                        .expects("stepDownUnder13SexualActivity", "NONE"),
                given("age unknown with signs").with("ageInYears", null).with("signsOfSexualActivity", true)
                        .expects("stepDownAgeUnknownSexualActivity", "NONE"),
                given("high risk").with("assessedRisk", "HIGH").expects("stepDownHighRisk", "NONE"),
                given("police category 3").with("policeCategoryLevel", 3)
                        .expects("stepDownPoliceCategoryThree", "NONE"),
                given("risk not recorded").with("assessedRisk", null).expects("stepDownRiskMissing", "NONE"),
                given("risk not recognised").with("assessedRisk", "SOME")
                        .expects("stepDownRiskNotRecognised", "NONE"),
                given("no plan").with("planInPlace", false).expects("stepDownNoPlan", "NONE"),
                given("plan not recorded").with("planInPlace", null).expects("stepDownNoPlan", "NONE"),
                given("not engaged").with("engagement", "NOT_ENGAGED").expects("stepDownNotEngaged", "NONE"),
                given("engagement not recorded").with("engagement", null)
                        .expects("stepDownEngagementMissing", "NONE"),
                given("engagement not recognised").with("engagement", "SOMETIMES")
                        .expects("stepDownEngagementNotRecognised", "NONE"),
                given("police category 4").with("policeCategoryLevel", 4)
                        .expects("stepDownPoliceCategoryNotRecognised", "NONE"),
                given("police category 2").with("policeCategoryLevel", 2)
                        .expects("stepDownPoliceCategoryTwo", "SPECIALIST_FAMILY_FOCUS"),
                given("medium risk").with("assessedRisk", "MEDIUM")
                        .expects("stepDownMediumRisk", "SPECIALIST_FAMILY_FOCUS"),
                given("12 at low risk").with("ageInYears", 12)
                        .expects("stepDownUnder13", "SPECIALIST_FAMILY_FOCUS"),
                given("13 at low risk").with("ageInYears", 13).expects("stepDownEarlyHelp", "EARLY_HELP"),
                given("age unknown").with("ageInYears", null)
                        .expects("stepDownAgeUnknown", "SPECIALIST_FAMILY_FOCUS"),
                given("learning disability").with("learningDisability", true)
                        .expects("stepDownLearningDisability", "SPECIALIST_FAMILY_FOCUS"),
                given("16 with signs").with("ageInYears", 16).with("signsOfSexualActivity", true)
                        .expects("stepDownSexualActivity", "SPECIALIST_FAMILY_FOCUS"),
                given("partly engaged").with("engagement", "PARTIALLY_ENGAGED")
                        .expects("stepDownPartiallyEngaged", "SPECIALIST_FAMILY_FOCUS"),
                given("no police category").with("policeCategoryLevel", null)
                        .expects("stepDownNoPoliceCategory", "EARLY_HELP"),
                given("low risk, engaged, plan, police 1").expects("stepDownEarlyHelp", "EARLY_HELP"),
                given("learning disability not known").with("learningDisability", null)
                        .expects("stepDownCatchAll", "NONE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void proposesStepDown(TableCase tableCase) {
        tableCase.check("stepDownTo", "stepDownReason");
    }

    @Test
    void everyRuleIsReached() {
        assertThat(cases().map(TableCase::ruleId)).containsAll(DecisionFile.ruleIds(KEY));
    }

    private static TableCase.Builder given(String name) {
        return TableCase.of(name, KEY, EARLY_HELP);
    }
}
