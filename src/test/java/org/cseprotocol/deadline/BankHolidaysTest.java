package org.cseprotocol.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import de.focus_shift.jollyday.core.HolidayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Shows which England and Wales bank holidays the jollyday rules (version 1.8.1) contain. */
class BankHolidaysTest {

    private final BankHolidays england = BankHolidays.of(HolidayCalendar.UNITED_KINGDOM, "eng");

    @ParameterizedTest
    @ValueSource(strings = {
        "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25",
        "2026-12-28",
    })
    void containsEvery2026BankHoliday(String date) {
        assertThat(england.isBankHoliday(LocalDate.parse(date))).isTrue();
    }

    @Test
    void countsWeekendBoxingDayOf2026() {
        assertThat(england.datesIn(2026)).hasSize(9).contains(LocalDate.parse("2026-12-26"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-12-27", "2027-12-28", "2022-01-03", "2021-12-27", "2021-12-28"})
    void containsSubstituteDays(String date) {
        assertThat(england.isBankHoliday(LocalDate.parse(date))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-05-08", "2023-05-08", "2022-06-02", "2022-06-03", "2022-09-19"})
    void containsMovedAndSpecialDays(String date) {
        assertThat(england.isBankHoliday(LocalDate.parse(date))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-05-04", "2022-05-30", "2026-03-17", "2026-08-03", "2026-11-30"})
    void leavesOutOtherDays(String date) {
        assertThat(england.isBankHoliday(LocalDate.parse(date))).isFalse();
    }

    @Test
    void nationalLevelLacksEasterMonday() {
        BankHolidays nationalOnly = BankHolidays.of(HolidayCalendar.UNITED_KINGDOM, "");

        assertThat(nationalOnly.isBankHoliday(LocalDate.parse("2026-04-06"))).isFalse();
        assertThat(nationalOnly.isBankHoliday(LocalDate.parse("2026-04-03"))).isTrue();
    }

    @Test
    void listsUnitedKingdomRegions() {
        assertThat(BankHolidays.regionsOf(HolidayCalendar.UNITED_KINGDOM)).contains("eng", "wls", "sct", "nir");
    }

    @Test
    void rejectsUnknownRegion() {
        assertThatThrownBy(() -> BankHolidays.of(HolidayCalendar.UNITED_KINGDOM, "england"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'england'")
                .hasMessageContaining("eng");
    }
}
