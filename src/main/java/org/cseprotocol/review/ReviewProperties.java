package org.cseprotocol.review;

import java.text.ParseException;
import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.camunda.bpm.engine.impl.calendar.CronTimer;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When the monthly operational CSE meeting happens and when its updates are due, under {@code cse.review}.
 *
 * @param cycle when the {@code cse-operational-review} timer starts a review: a Camunda (Quartz) cron expression
 *     in the server's time zone, or an ISO 8601 repetition such as {@code R/P1M}
 * @param meetingWeek which occurrence of {@code meetingDay} in the month the meeting is on, 1 to 4
 * @param meetingDay the day of the week of the meeting
 * @param meetingTime the time of the meeting, in the working calendar's zone
 * @param updatesDueWorkingDays working days before the meeting day that the social workers' updates are due,
 *     at the close of that working day
 * @param outcomeDueWorkingDays working days after the meeting that each outcome task is due
 */
@ConfigurationProperties("cse.review")
@Validated
record ReviewProperties(
        @DefaultValue("0 0 8 1 * ?") @NotBlank String cycle,
        @DefaultValue("2") @Min(1) @Max(4) int meetingWeek,
        @DefaultValue("TUESDAY") @NotNull DayOfWeek meetingDay,
        @DefaultValue("10:00") @NotNull LocalTime meetingTime,
        @DefaultValue("3") @Min(1) @Max(20) int updatesDueWorkingDays,
        @DefaultValue("5") @Min(1) @Max(60) int outcomeDueWorkingDays) {

    /** Rejects a cycle that the engine's timer could not read, at start-up rather than at deployment. */
    @AssertTrue(message = "must be a cron expression such as '0 0 8 1 * ?' or an ISO 8601 repetition such as "
            + "'R/P1M'")
    boolean isCycleReadable() {
        if (cycle == null || cycle.isBlank() || cycle.startsWith("R")) {
            return true;
        }
        try {
            CronTimer.parse(cycle);
            return true;
        } catch (ParseException e) {
            return false;
        }
    }
}
