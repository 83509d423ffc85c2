package org.cseprotocol.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValuesTest {

    static Stream<Arguments> numbers() {
        return Stream.of(
                Arguments.of(4, 4),
                Arguments.of(4L, 4),
                Arguments.of(4.0, 4),
                Arguments.of("4", 4),
                Arguments.of(" 4 ", 4),
                Arguments.of("4.0", 4),
                Arguments.of(4.5, null),
                Arguments.of("four", null),
                Arguments.of("", null),
                Arguments.of(null, null),
                Arguments.of(true, null),
                Arguments.of(10_000_000_000L, null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("numbers")
    void readsWholeNumbers(Object value, Integer expected) {
        assertThat(Values.wholeNumber(value)).isEqualTo(expected);
    }
}
