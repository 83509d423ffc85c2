package org.cseprotocol.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working-hours arithmetic with the default settings: Monday to Friday, 09:00 to 17:00 London time. */
class WorkingCalendarTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final TimeZone jvmDefaultZone = TimeZone.getDefault();
    private final WorkingCalendar calendar = calendarWith(new WorkingHoursProperties());

    @AfterEach
    void restoreJvmDefaultZone() {
        TimeZone.setDefault(jvmDefaultZone);
    }

    @Test
    void fridayRedReferralDueMonday() {
        Instant deadline = calendar.addWorkingHours(london("2026-03-06T15:00"), 4);

        assertThat(deadline).isEqualTo(london("2026-03-09T11:00"));
    }

    @ParameterizedTest(name = "{0} plus {1} working hours is {2}")
    @CsvSource({
        "2026-03-09T07:30, 4, 2026-03-09T13:00",
        "2026-03-09T18:00, 4, 2026-03-10T13:00",
        "2026-03-09T17:00, 4, 2026-03-10T13:00",
        "2026-03-07T12:00, 4, 2026-03-09T13:00",
        "2026-03-09T13:00, 4, 2026-03-09T17:00",
        "2026-03-09T09:00, 8, 2026-03-09T17:00",
        "2026-03-09T10:30, 24, 2026-03-12T10:30",
        "2026-03-07T12:00, 0, 2026-03-09T09:00",
    })
    void countsFromNextOpening(String start, int workingHours, String expected) {
        Instant deadline = calendar.addWorkingHours(london(start), workingHours);

        assertThat(deadline).isEqualTo(london(expected));
    }

    @Test
    void closingDeadlineStaysAtClosing() {
        Instant deadline = calendar.addWorkingHours(london("2026-03-10T15:00"), 2);

        assertThat(deadline).isEqualTo(london("2026-03-10T17:00"));
    }

    @Test
    void skipsEasterBankHolidays() {
        Instant deadline = calendar.addWorkingHours(london("2026-04-02T15:00"), 4);

        assertThat(deadline).isEqualTo(london("2026-04-07T11:00"));
    }

    @ParameterizedTest(name = "{0} plus 4 working hours is {1}")
    @CsvSource({
        "2027-12-24T15:00, 2027-12-29T11:00",
        "2021-12-31T15:00, 2022-01-04T11:00",
    })
    void skipsSubstituteBankHolidays(String start, String expected) {
        Instant deadline = calendar.addWorkingHours(london(start), 4);

        assertThat(deadline).isEqualTo(london(expected));
    }

    @Test
    void skipsMovedEarlyMay2020() {
        Instant deadline = calendar.addWorkingHours(london("2020-05-07T15:00"), 4);

        assertThat(deadline).isEqualTo(london("2020-05-11T11:00"));
    }

    @ParameterizedTest(name = "24 working hours from {0}, before the clocks change, end at {1}")
    @CsvSource({
        "2026-03-27T16:00, 2026-04-01T16:00, 2026-04-01T15:00:00Z",
        "2026-10-23T16:00, 2026-10-28T16:00, 2026-10-28T16:00:00Z",
    })
    void daylightSavingMovesNoDeadline(String start, String expectedLondon, String expectedUtc) {
        Instant deadline = calendar.addWorkingHours(london(start), 24);

        assertThat(deadline).isEqualTo(london(expectedLondon));
        assertThat(deadline).isEqualTo(Instant.parse(expectedUtc));
    }

    @Test
    void ignoresJvmDefaultZone() {
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));

        Instant deadline = calendar.addWorkingHours(london("2026-03-27T16:00"), 24);

        assertThat(deadline).isEqualTo(london("2026-04-01T16:00"));
    }

    @Test
    void elapsedHoursCrossSpringChange() {
        Instant deadline = calendar.addElapsedHours(london("2026-03-28T10:00"), 24);

        assertThat(deadline).isEqualTo(london("2026-03-29T11:00"));
    }

    @Test
    void elapsedHoursIgnoreWeekends() {
        Instant deadline = calendar.addElapsedHours(london("2026-03-06T15:00"), 24);

        assertThat(deadline).isEqualTo(london("2026-03-07T15:00"));
    }

    @ParameterizedTest(name = "{0} plus {1} working days is {2}")
    @CsvSource({
        "2026-03-09T09:05, 1, 2026-03-10T17:00",
        "2026-03-09T16:55, 1, 2026-03-10T17:00",
        "2026-03-09T08:00, 1, 2026-03-10T17:00",
        "2026-03-09T17:00, 1, 2026-03-11T17:00",
        "2026-03-07T12:00, 1, 2026-03-10T17:00",
        "2026-03-06T15:00, 1, 2026-03-09T17:00",
        "2026-03-09T10:00, 0, 2026-03-09T17:00",
        "2026-04-02T10:00, 1, 2026-04-07T17:00",
        "2026-04-15T14:00, 15, 2026-05-07T17:00",
    })
    void workingDaysEndAtClosing(String start, int workingDays, String expected) {
        Instant deadline = calendar.addWorkingDays(london(start), workingDays);

        assertThat(deadline).isEqualTo(london(expected));
    }

    @Test
    void fortyFiveDaysSkipChristmas() {
        Instant deadline = calendar.addWorkingDays(london("2025-12-01T10:00"), 45);

        assertThat(deadline).isEqualTo(london("2026-02-05T17:00"));
    }

    @Test
    void skipsExtraClosedDay() {
        WorkingHoursProperties properties = new WorkingHoursProperties();
        properties.setExtraClosedDays(List.of("2026-03-10"));
        WorkingCalendar withClosure = calendarWith(properties);

        Instant deadline = withClosure.addWorkingHours(london("2026-03-09T15:00"), 4);

        assertThat(deadline).isEqualTo(london("2026-03-11T11:00"));
    }

    @Test
    void countsWorkingBankHoliday() {
        WorkingHoursProperties properties = new WorkingHoursProperties();
        properties.setWorkingBankHolidays(List.of("2026-04-06"));
        WorkingCalendar withEasterMondayWorked = calendarWith(properties);

        Instant deadline = withEasterMondayWorked.addWorkingHours(london("2026-04-02T15:00"), 4);

        assertThat(deadline).isEqualTo(london("2026-04-06T11:00"));
    }

    @Test
    void usesConfiguredDaysAndHours() {
        WorkingHoursProperties properties = new WorkingHoursProperties();
        properties.setDays(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"));
        properties.setOpening("08:30");
        properties.setClosing("18:00");
        WorkingCalendar longerWeek = calendarWith(properties);

        Instant deadline = longerWeek.addWorkingHours(london("2026-03-06T15:00"), 4);

        assertThat(deadline).isEqualTo(london("2026-03-07T09:30"));
    }

    @ParameterizedTest(name = "{0} working hours are rejected")
    @CsvSource({"-1, must be 0 or more", "2001, must be at most 2000"})
    void rejectsWorkingHoursOutOfRange(int workingHours, String message) {
        assertThatThrownBy(() -> calendar.addWorkingHours(london("2026-03-09T10:00"), workingHours))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0} working days are rejected")
    @CsvSource({"-1, must be 0 or more", "261, must be at most 260"})
    void rejectsWorkingDaysOutOfRange(int workingDays, String message) {
        assertThatThrownBy(() -> calendar.addWorkingDays(london("2026-03-09T10:00"), workingDays))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void computesMaximumWorkingHours() {
        Instant deadline = calendar.addWorkingHours(london("2026-03-09T09:00"), WorkingCalendar.MAX_WORKING_HOURS);

        assertThat(deadline).isAfter(london("2027-03-01T09:00"));
    }

    static WorkingCalendar calendarWith(WorkingHoursProperties properties) {
        return new WorkingCalendar(properties.toSettings());
    }

    static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }
}
