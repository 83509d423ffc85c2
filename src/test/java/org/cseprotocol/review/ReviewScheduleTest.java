package org.cseprotocol.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;

import org.cseprotocol.deadline.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Meeting dates and update deadlines of the default schedule (second Tuesday at 10:00, updates due three working
 * days before at the close of day), on the application's working calendar with the bank holidays of England.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReviewScheduleTest {

    @Autowired
    private ReviewSchedule schedule;
    @Autowired
    private WorkingCalendar calendar;

    @ParameterizedTest(name = "{0}: meeting {1}, updates due {2}")
    @CsvSource({
        "2026-03, 2026-03-10T10:00:00Z, 2026-03-05T17:00:00Z",
        "2026-09, 2026-09-08T09:00:00Z, 2026-09-03T16:00:00Z",
        // Monday 7 May 2029 is the early May bank holiday, so the third working day back is Wednesday.
        "2029-05, 2029-05-08T09:00:00Z, 2029-05-02T16:00:00Z",
    })
    void meetingIsOnTheSecondTuesday(String month, String meeting, String updatesDue) {
        LocalDate day = schedule.meetingDay(YearMonth.parse(month));

        assertThat(schedule.meetingOn(day).toInstant()).isEqualTo(Instant.parse(meeting));
        assertThat(schedule.updatesDue(day)).isEqualTo(Instant.parse(updatesDue));
    }

    @Test
    void bankHolidayMeetingMovesLater() {
        ReviewSchedule fourthTuesday = new ReviewSchedule(new ReviewProperties("0 0 8 1 * ?", 4, DayOfWeek.TUESDAY,
                LocalTime.of(10, 0), 3, 5), calendar);

        LocalDate day = fourthTuesday.meetingDay(YearMonth.of(2029, 12));

        assertThat(day).isEqualTo(LocalDate.of(2029, 12, 27));
    }

    @Test
    void lateStartTakesNextMonth() {
        Instant afterMarchUpdates = Instant.parse("2026-03-06T09:00:00Z");

        assertThat(schedule.nextMeeting(afterMarchUpdates).toInstant())
                .isEqualTo(Instant.parse("2026-04-14T09:00:00Z"));
        assertThat(schedule.nextMeeting(Instant.parse("2026-03-01T08:00:00Z")).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void outcomeDueFiveWorkingDaysLater() {
        assertThat(schedule.outcomeDue(Instant.parse("2026-03-10T11:30:00Z")))
                .isEqualTo(Instant.parse("2026-03-17T17:00:00Z"));
    }

    @Test
    void cycleMustBeCronOrRepetition() {
        assertThat(properties("0 0 8 1 * ?").isCycleReadable()).isTrue();
        assertThat(properties("R/2026-03-01T08:00:00Z/P1M").isCycleReadable()).isTrue();
        assertThat(properties("every month").isCycleReadable()).isFalse();
        assertThat(properties("0 0 8 32 * ?").isCycleReadable()).isFalse();
    }

    @Test
    void timerReadsCycleFromSchedule() {
        assertThat(schedule.getCycle()).isEqualTo("0 0 8 1 * ?");
    }

    private static ReviewProperties properties(String cycle) {
        return new ReviewProperties(cycle, 2, DayOfWeek.TUESDAY, LocalTime.of(10, 0), 3, 5);
    }
}
