package org.cseprotocol.deadline;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Bank holidays of one jollyday calendar and region, read from the rules that ship with jollyday
 * (for {@code UNITED_KINGDOM} and region {@code eng}: the bank holidays of England and Wales).
 *
 * <p>A holiday that falls on a weekend counts twice: on its own date and on its substitute weekday, so that
 * Christmas Day stays closed for a team that also works Saturdays.
 */
final class BankHolidays {

    private final HolidayCalendar calendar;
    private final String region;
    private final HolidayManager manager;
    private final Map<Integer, Set<LocalDate>> datesByYear = new ConcurrentHashMap<>();

    private BankHolidays(HolidayCalendar calendar, String region) {
        this.calendar = calendar;
        this.region = region;
        this.manager = managerFor(calendar);
    }

    /**
     * Loads the rules of a calendar. A blank region means the national holidays alone. Any other region must be
     * one of {@link #regionsOf(HolidayCalendar)}.
     */
    static BankHolidays of(HolidayCalendar calendar, String region) {
        String trimmed = region == null ? "" : region.strip();
        if (!trimmed.isEmpty() && !regionsOf(calendar).contains(trimmed)) {
            throw new IllegalArgumentException("invalid value '" + trimmed + "': the holiday calendar " + calendar
                    + " has the regions " + new TreeSet<>(regionsOf(calendar)) + ", or leave it empty for none");
        }
        return new BankHolidays(calendar, trimmed);
    }

    /** Returns the region ids in a calendar's jollyday rules, such as eng, nir, sct and wls for the UK. */
    static Set<String> regionsOf(HolidayCalendar calendar) {
        return managerFor(calendar).getCalendarHierarchy().getChildren().keySet();
    }

    boolean isBankHoliday(LocalDate date) {
        return datesIn(date.getYear()).contains(date);
    }

    /** Returns the bank holiday dates of a year, each substitute day and the date it replaces included. */
    Set<LocalDate> datesIn(int year) {
        return datesByYear.computeIfAbsent(year, this::loadDates);
    }

    String describe() {
        return region.isEmpty() ? calendar.name() : calendar.name() + "/" + region;
    }

    private Set<LocalDate> loadDates(int year) {
        Set<Holiday> holidays = region.isEmpty()
                ? manager.getHolidays(Year.of(year))
                : manager.getHolidays(Year.of(year), region);
        Set<LocalDate> dates = new HashSet<>();
        for (Holiday holiday : holidays) {
            dates.add(holiday.getActualDate());
            holiday.getObservedDate().ifPresent(dates::add);
        }
        return Set.copyOf(dates);
    }

    private static HolidayManager managerFor(HolidayCalendar calendar) {
        return HolidayManager.getInstance(ManagerParameters.create(calendar));
    }
}
