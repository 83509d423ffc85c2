package org.cseprotocol.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ResponseTimescaleTableTest {

    private static final String KEY = "cse-response-timescale";

    static Stream<TableCase> cases() {
        return Stream.of(
                given("Red").with("ragRating", "RED").expects("responseTimescaleRed", 4),
                given("Amber").with("ragRating", "AMBER").expects("responseTimescaleAmberOrGreen", 24),
                given("Green").with("ragRating", "GREEN").expects("responseTimescaleAmberOrGreen", 24),
                given("rating missing").with("ragRating", null).expects("responseTimescaleMissing", 4),
                given("rating not set at all").expects("responseTimescaleMissing", 4),
                given("rating not recognised").with("ragRating", "red").expects("responseTimescaleCatchAll", 4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void setsWorkingHours(TableCase tableCase) {
        tableCase.check("responseWorkingHours", "responseWorkingHoursReason");
    }

    @Test
    void everyRuleIsReached() {
        assertThat(cases().map(TableCase::ruleId)).containsAll(DecisionFile.ruleIds(KEY));
    }

    private static TableCase.Builder given(String name) {
        return TableCase.of(name, KEY, Map.of());
    }
}
