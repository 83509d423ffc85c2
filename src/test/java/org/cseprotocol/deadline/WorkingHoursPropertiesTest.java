package org.cseprotocol.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class WorkingHoursPropertiesTest {

    @Test
    void defaultsAreLondonOfficeHours() {
        WorkingHoursSettings settings = new WorkingHoursProperties().toSettings();

        assertThat(settings.zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(settings.workingDays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(settings.opening()).isEqualTo(LocalTime.of(9, 0));
        assertThat(settings.closing()).isEqualTo(LocalTime.of(17, 0));
        assertThat(settings.bankHolidays().describe()).isEqualTo("UNITED_KINGDOM/eng");
        assertThat(settings.extraClosedDays()).isEmpty();
        assertThat(settings.workingBankHolidays()).isEmpty();
    }

    @Test
    void acceptsLowerCaseAndDateLists() {
        WorkingHoursProperties properties = new WorkingHoursProperties();
        properties.setDays(List.of("monday", "Tuesday"));
        properties.setHolidayCalendar("united_kingdom");
        properties.setHolidayRegion("wls");
        properties.setExtraClosedDays(List.of("2026-12-24"));
        properties.setWorkingBankHolidays(List.of("2026-05-04"));

        WorkingHoursSettings settings = properties.toSettings();

        assertThat(settings.workingDays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
        assertThat(settings.bankHolidays().describe()).isEqualTo("UNITED_KINGDOM/wls");
        assertThat(settings.extraClosedDays()).containsExactly(LocalDate.parse("2026-12-24"));
        assertThat(settings.workingBankHolidays()).containsExactly(LocalDate.parse("2026-05-04"));
    }

    @Test
    void reportsEveryInvalidValueOnce() {
        WorkingHoursProperties properties = new WorkingHoursProperties();
        properties.setZone("Europe/Londn");
        properties.setDays(List.of("Mon", "FRIDAY"));
        properties.setOpening("18:00");
        properties.setClosing("09:00");
        properties.setExtraClosedDays(List.of("2026-02-30", "2026-04-06"));
        properties.setWorkingBankHolidays(List.of("2026-05-05", "2026-04-06"));

        assertThatThrownBy(properties::toSettings)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cse.working-hours.zone: invalid value 'Europe/Londn'")
                .hasMessageContaining("cse.working-hours.days: invalid value 'Mon'")
                .hasMessageContaining("cse.working-hours.closing: closing time 09:00 must be after the opening")
                .hasMessageContaining("cse.working-hours.extra-closed-days: invalid value '2026-02-30'")
                .hasMessageContaining("2026-05-05 is not a bank holiday of UNITED_KINGDOM/eng")
                .hasMessageContaining("2026-04-06 is listed both here and in extra-closed-days");
    }

    @Test
    void reportsMissingValues() {
        WorkingHoursProperties properties = new WorkingHoursProperties();
        properties.setZone(" ");
        properties.setDays(List.of());
        properties.setOpening(null);
        properties.setHolidayCalendar("UK");

        assertThatThrownBy(properties::toSettings)
                .hasMessageContaining("cse.working-hours.zone: missing value")
                .hasMessageContaining("cse.working-hours.days: no working day given")
                .hasMessageContaining("cse.working-hours.opening: missing value")
                .hasMessageContaining("cse.working-hours.holiday-calendar: invalid value 'UK'");
    }

    @Test
    void reportsUnknownRegionWithKnownOnes() {
        WorkingHoursProperties properties = new WorkingHoursProperties();
        properties.setHolidayRegion("england");

        assertThatThrownBy(properties::toSettings)
                .hasMessageContaining("cse.working-hours.holiday-region: invalid value 'england'")
                .hasMessageContaining("[eng, nir, sct, wls]");
    }

    @Test
    void springBootReportsAllErrorsAtStartUp() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withUserConfiguration(PropertiesOnly.class)
                .withPropertyValues(
                        "cse.working-hours.zone=Mars/Olympus",
                        "cse.working-hours.opening=9am",
                        "cse.working-hours.days=MONDAY,FUNDAY",
                        "cse.working-hours.working-bank-holidays=2026-05-05");

        runner.run(context -> assertThat(context).getFailure()
                .rootCause()
                .isInstanceOfSatisfying(BindValidationException.class,
                        failure -> assertThat(failure.getValidationErrors().getAllErrors()).hasSize(4))
                .hasMessageContaining("invalid value 'Mars/Olympus'")
                .hasMessageContaining("invalid value '9am'")
                .hasMessageContaining("invalid value 'FUNDAY'")
                .hasMessageContaining("2026-05-05 is not a bank holiday"));
    }

    @Test
    void springBootBindsListsAndRegion() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withUserConfiguration(PropertiesOnly.class)
                .withPropertyValues(
                        "cse.working-hours.holiday-region=sct",
                        "cse.working-hours.extra-closed-days=2026-12-24,2026-12-31");

        runner.run(context -> {
            WorkingHoursSettings settings = context.getBean(WorkingHoursProperties.class).toSettings();
            assertThat(settings.bankHolidays().describe()).isEqualTo("UNITED_KINGDOM/sct");
            assertThat(settings.extraClosedDays()).hasSize(2);
        });
    }

    @EnableConfigurationProperties(WorkingHoursProperties.class)
    static class PropertiesOnly {
    }
}
