package org.cseprotocol.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The strength rule for the production administrator's password. */
class AdminPasswordRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"Tall-Lamp-Orbit-42", "q7#Vx!m2Lp9$Rz", "Safe&Sound-River-2026"})
    void strongPasswordPasses(String password) {
        assertThat(AdminPasswordRule.problems(password, "admin")).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "''|is missing",
        "'   '|is missing",
        "Sh0rt!pass|fewer than 12",
        "alllowercase-123|needs an upper-case letter",
        "NoDigitsHere!!|needs an upper-case letter, a lower-case letter, a digit and a symbol",
        "NoSymbols12345|a symbol",
        "Admin-Orbit-2026|contains the user id",
        "Password!2026|common password",
        "P@ssw0rd!2026|common password",
        "2026!!Welcome!!|common password",
        "Camunda#2026!|common password"})
    void weakPasswordIsNamedForEachProblem(String password, String problem) {
        assertThat(AdminPasswordRule.problems(password, "admin")).anyMatch(text -> text.contains(problem));
    }
}
