package org.cseprotocol.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Computes deadlines in working hours and working days of the MASH, and in plain elapsed hours.
 *
 * <p>All calendar arithmetic happens on wall-clock times in the configured zone, never the JVM default, so a
 * daylight-saving change moves no deadline: 09:00 to 17:00 in London is eight working hours in GMT and in BST.
 * Working time runs from opening (included) to closing (excluded): a start at or after closing, before opening,
 * or on a closed day counts from the next opening, and a deadline that falls exactly at closing stays at closing.
 */
public final class WorkingCalendar {

    /** Maximum length in working hours: about a year of eight-hour days, far above the 45-working-day clock. */
    public static final int MAX_WORKING_HOURS = 2000;
    /** Maximum length in working days: about a year of five-day weeks. */
    public static final int MAX_WORKING_DAYS = 260;
    /** Maximum length in elapsed hours: 366 days. */
    public static final int MAX_ELAPSED_HOURS = 8784;

    /** Bound on the search for the next working day, so that a misconfigured calendar fails instead of looping. */
    private static final int MAX_CLOSED_DAYS_IN_A_ROW = 366;

    private final WorkingHoursSettings settings;

    WorkingCalendar(WorkingHoursSettings settings) {
        this.settings = settings;
    }

    public ZoneId zone() {
        return settings.zone();
    }

    /**
     * Adds working hours to an instant. From Friday 15:00, four working hours end on Monday at 11:00.
     *
     * @throws IllegalArgumentException if {@code workingHours} is negative or above {@link #MAX_WORKING_HOURS}
     */
    public Instant addWorkingHours(Instant start, int workingHours) {
        checkLength("workingHours", workingHours, MAX_WORKING_HOURS);
        LocalDateTime cursor = nextWorkingMoment(toLocal(start));
        Duration remaining = Duration.ofHours(workingHours);
        Duration leftToday = Duration.between(cursor.toLocalTime(), settings.closing());
        while (remaining.compareTo(leftToday) > 0) {
            remaining = remaining.minus(leftToday);
            cursor = nextWorkingDay(cursor.toLocalDate()).atTime(settings.opening());
            leftToday = Duration.between(settings.opening(), settings.closing());
        }
        return toInstant(cursor.plus(remaining));
    }

    /**
     * Adds working days to an instant and returns the closing time of the last of them.
     *
     * <p>Working days are counted in whole days, the way a timescale such as "within one working day of receipt"
     * is read. The start's day is day 0 (the next working day when the start is outside working hours), and the
     * deadline is the closing time of working day N after it. So a referral received at 09:05 and one received
     * at 16:55 on a Monday are both due on Tuesday at 17:00, which is what a due date of "Tuesday" means to a
     * practitioner. Zero working days give the closing time of day 0.
     *
     * @throws IllegalArgumentException if {@code workingDays} is negative or above {@link #MAX_WORKING_DAYS}
     */
    public Instant addWorkingDays(Instant start, int workingDays) {
        checkLength("workingDays", workingDays, MAX_WORKING_DAYS);
        LocalDate day = nextWorkingMoment(toLocal(start)).toLocalDate();
        for (int counted = 0; counted < workingDays; counted++) {
            day = nextWorkingDay(day);
        }
        return toInstant(day.atTime(settings.closing()));
    }

    /**
     * Adds elapsed hours, whatever the day or time, for the 24-hour clocks. Across a daylight-saving change the
     * wall-clock time of the result differs from the start's by an hour, because elapsed time is physical time.
     *
     * @throws IllegalArgumentException if {@code hours} is negative or above {@link #MAX_ELAPSED_HOURS}
     */
    public Instant addElapsedHours(Instant start, int hours) {
        checkLength("hours", hours, MAX_ELAPSED_HOURS);
        return start.plus(Duration.ofHours(hours));
    }

    /** Returns whether the MASH works on a date: a working day of the week, and not closed for a holiday. */
    public boolean isWorkingDay(LocalDate date) {
        if (!settings.workingDays().contains(date.getDayOfWeek()) || settings.extraClosedDays().contains(date)) {
            return false;
        }
        return !settings.bankHolidays().isBankHoliday(date) || settings.workingBankHolidays().contains(date);
    }

    WorkingHoursSettings settings() {
        return settings;
    }

    private LocalDateTime nextWorkingMoment(LocalDateTime moment) {
        LocalDate date = moment.toLocalDate();
        if (isWorkingDay(date) && moment.toLocalTime().isBefore(settings.closing())) {
            return moment.toLocalTime().isBefore(settings.opening()) ? date.atTime(settings.opening()) : moment;
        }
        return nextWorkingDay(date).atTime(settings.opening());
    }

    private LocalDate nextWorkingDay(LocalDate after) {
        LocalDate date = after.plusDays(1);
        for (int closedDays = 0; !isWorkingDay(date); closedDays++) {
            if (closedDays >= MAX_CLOSED_DAYS_IN_A_ROW) {
                throw new IllegalStateException("No working day in the " + MAX_CLOSED_DAYS_IN_A_ROW
                        + " days after " + after + "; check cse.working-hours.days and extra-closed-days");
            }
            date = date.plusDays(1);
        }
        return date;
    }

    private LocalDateTime toLocal(Instant instant) {
        return LocalDateTime.ofInstant(instant, settings.zone());
    }

    private Instant toInstant(LocalDateTime wallClock) {
        return wallClock.atZone(settings.zone()).toInstant();
    }

    private static void checkLength(String name, int length, int maximum) {
        if (length < 0) {
            throw new IllegalArgumentException(name + " must be 0 or more, but was " + length);
        }
        if (length > maximum) {
            throw new IllegalArgumentException(name + " must be at most " + maximum + ", but was " + length);
        }
    }
}
