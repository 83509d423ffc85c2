package org.cseprotocol.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseListsTest {

    private static final List<String> AGENCIES = List.of("HEALTH", "EDUCATION");

    static Stream<Arguments> listForms() {
        return Stream.of(
                Arguments.of("Spin JSON array", Spin.JSON("[\"HEALTH\", \"EDUCATION\"]")),
                Arguments.of("JsonValue", SpinValues.jsonValue(Spin.JSON("[\"HEALTH\",\"EDUCATION\"]")).create()),
                Arguments.of("serialized JsonValue", SpinValues.jsonValue("[\"HEALTH\",\"EDUCATION\"]").create()),
                Arguments.of("Java list", List.of("HEALTH", "EDUCATION")),
                Arguments.of("typed Java list", Variables.objectValue(List.of("HEALTH", "EDUCATION")).create()),
                Arguments.of("array", new String[] {"HEALTH", "EDUCATION"}),
                Arguments.of("JSON text", "[\"HEALTH\", \"EDUCATION\"]"),
                Arguments.of("comma-separated text", " HEALTH , EDUCATION "),
                Arguments.of("list with blanks, nulls and repeats", Arrays.asList(
                        "HEALTH", null, " ", "EDUCATION", "HEALTH")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listForms")
    void readsEveryListForm(String form, Object value) {
        assertThat(CaseLists.strings(value)).isEqualTo(AGENCIES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("emptyForms")
    void readsAbsentListAsEmpty(String form, Object value) {
        assertThat(CaseLists.strings(value)).isEmpty();
    }

    static Stream<Arguments> emptyForms() {
        return Stream.of(
                Arguments.of("null", null),
                Arguments.of("blank text", "  "),
                Arguments.of("empty JSON array", Spin.JSON("[]")),
                Arguments.of("JSON null", Spin.JSON("null")),
                Arguments.of("empty Java list", List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[\"HEALTH\"", "{\"agency\": \"HEALTH\"}"})
    void rejectsTextThatIsNoList(String text) {
        Object value = text.startsWith("{") ? Spin.JSON(text) : text;

        assertThatThrownBy(() -> CaseLists.strings(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JSON");
    }

    @Test
    void rejectsValueWithNoList() {
        assertThatThrownBy(() -> CaseLists.strings(42))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Integer");
    }
}
