package org.cseprotocol.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cseprotocol.deadline.WorkingCalendarTest.london;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code deadlines} bean outside the engine: argument forms and error messages. */
class DeadlinesTest {

    private final Deadlines deadlines =
            new Deadlines(WorkingCalendarTest.calendarWith(new WorkingHoursProperties()));

    @Test
    void workingHoursFromDate() {
        Date due = deadlines.workingHoursAfter(Date.from(london("2026-03-06T15:00")), 4);

        assertThat(due).isEqualTo(Date.from(london("2026-03-09T11:00")));
    }

    @ParameterizedTest(name = "start {0}")
    @CsvSource({
        "2026-03-06T15:00:00Z",
        "2026-03-06T15:00:00+00:00",
        "2026-03-06T15:00",
        "' 2026-03-06T15:00:00Z '",
    })
    void workingHoursFromText(String start) {
        Date due = deadlines.workingHoursAfter(start, "4");

        assertThat(due).isEqualTo(Date.from(london("2026-03-09T11:00")));
    }

    @Test
    void dateAloneStartsAtOpening() {
        assertThat(deadlines.workingHoursAfter("2026-03-09", 4L)).isEqualTo(Date.from(london("2026-03-09T13:00")));
        assertThat(deadlines.workingDaysAfter(LocalDate.parse("2026-03-09"), 15))
                .isEqualTo(Date.from(london("2026-03-30T17:00")));
    }

    @Test
    void localDateTimeIsLondonTime() {
        Date due = deadlines.hoursAfter(LocalDateTime.parse("2026-06-01T10:00"), 24);

        assertThat(due).isEqualTo(Date.from(london("2026-06-02T10:00")));
    }

    @Test
    void workingDaysFromSqlTimestamp() {
        Date due = deadlines.workingDaysAfter(new java.sql.Timestamp(london("2025-12-01T10:00").toEpochMilli()), 45);

        assertThat(due).isEqualTo(Date.from(london("2026-02-05T17:00")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "NONE", delimiter = '|', value = {
        "NONE | 4 | deadlines.workingHoursAfter(null, '4') failed: the start is missing (null)",
        "2026-13-01 | 4 | failed: the start '2026-13-01' is invalid",
        "2026-03-06T15:00:00Z | NONE | failed: the length is missing (null)",
        "2026-03-06T15:00:00Z | four | the length must be a whole number, but was 'four'",
        "2026-03-06T15:00:00Z | 4.5 | the length must be a whole number, but was '4.5'",
        "2026-03-06T15:00:00Z | -4 | workingHours must be 0 or more, but was -4",
        "2026-03-06T15:00:00Z | 99999 | workingHours must be at most 2000, but was 99999",
    })
    void invalidArgumentsAreNamed(String start, String length, String message) {
        assertThatThrownBy(() -> deadlines.workingHoursAfter(start, length))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void unsupportedStartTypeIsNamed() {
        assertThatThrownBy(() -> deadlines.workingDaysAfter(42, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deadlines.workingDaysAfter(42, 1) failed")
                .hasMessageContaining("but was a java.lang.Integer");
    }

    @Test
    void dateArgumentShownAsInstant() {
        assertThatThrownBy(() -> deadlines.hoursAfter(Date.from(london("2026-03-06T15:00")), -1))
                .hasMessageContaining("deadlines.hoursAfter(2026-03-06T15:00:00Z, -1) failed")
                .hasMessageContaining("hours must be 0 or more");
    }
}
