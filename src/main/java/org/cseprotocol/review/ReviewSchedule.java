package org.cseprotocol.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

import org.cseprotocol.deadline.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * Dates of the monthly operational CSE meeting, from {@code cse.review} and the MASH's working calendar (working
 * days, bank holidays). The timer start event of {@code cse-operational-review} reads its cycle from here as
 * {@code ${operationalReviewSchedule.cycle}}.
 */
@Component("operationalReviewSchedule")
public class ReviewSchedule {

    /** Months searched ahead for a meeting whose updates are not yet due: a year and a month. */
    static final int MONTHS_AHEAD = 13;

    private final ReviewProperties properties;
    private final WorkingCalendar calendar;

    ReviewSchedule(ReviewProperties properties, WorkingCalendar calendar) {
        this.properties = properties;
        this.calendar = calendar;
    }

    public String getCycle() {
        return properties.cycle();
    }

    ZoneId zone() {
        return calendar.zone();
    }

    /** Returns the first meeting whose updates are due after {@code now}, so the social workers have time. */
    ZonedDateTime nextMeeting(Instant now) {
        YearMonth month = YearMonth.from(now.atZone(calendar.zone()));
        for (int ahead = 0; ahead < MONTHS_AHEAD; ahead++) {
            LocalDate day = meetingDay(month.plusMonths(ahead));
            if (updatesDue(day).isAfter(now)) {
                return meetingOn(day);
            }
        }
        throw new IllegalStateException("No meeting day found in the next " + MONTHS_AHEAD + " months");
    }

    /**
     * Returns the meeting day of a month: the configured weekday and week, or the next working day when that is
     * a holiday.
     */
    LocalDate meetingDay(YearMonth month) {
        LocalDate day = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(properties.meetingWeek(),
                properties.meetingDay()));
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    ZonedDateTime meetingOn(LocalDate day) {
        return day.atTime(properties.meetingTime()).atZone(calendar.zone());
    }

    /** Returns the close of the working day {@code updatesDueWorkingDays} working days before the meeting day. */
    Instant updatesDue(LocalDate meetingDay) {
        LocalDate day = meetingDay;
        for (int counted = 0; counted < properties.updatesDueWorkingDays(); ) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return calendar.addWorkingDays(day.atStartOfDay(calendar.zone()).toInstant(), 0);
    }

    /** Returns when an outcome task created at {@code from} is due. */
    Instant outcomeDue(Instant from) {
        return calendar.addWorkingDays(from, properties.outcomeDueWorkingDays());
    }
}
