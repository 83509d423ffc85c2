package org.cseprotocol.deadline;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import de.focus_shift.jollyday.core.HolidayCalendar;
import org.springframework.validation.Errors;

/**
 * Converts {@link WorkingHoursProperties} into {@link WorkingHoursSettings}, recording every invalid value in
 * {@link Errors} under its property name instead of stopping at the first.
 */
final class WorkingHoursParser {

    private final WorkingHoursProperties properties;
    private final Errors errors;

    WorkingHoursParser(WorkingHoursProperties properties, Errors errors) {
        this.properties = properties;
        this.errors = errors;
    }

    /** Returns the settings, or null when {@code errors} has any error afterwards. */
    WorkingHoursSettings parse() {
        ZoneId zone = parseValue("zone", properties.getZone(), ZoneId::of, "a time zone ID such as Europe/London");
        Set<DayOfWeek> days = parseDays();
        LocalTime opening = parseValue("opening", properties.getOpening(), LocalTime::parse, "a time such as 09:00");
        LocalTime closing = parseValue("closing", properties.getClosing(), LocalTime::parse, "a time such as 17:00");
        checkOpeningBeforeClosing(opening, closing);
        BankHolidays bankHolidays = parseBankHolidays();
        Set<LocalDate> extraClosedDays = parseDates("extraClosedDays", properties.getExtraClosedDays());
        Set<LocalDate> workingBankHolidays = parseDates("workingBankHolidays", properties.getWorkingBankHolidays());
        checkWorkingBankHolidays(bankHolidays, workingBankHolidays);
        checkNoDateInBothLists(extraClosedDays, workingBankHolidays);
        if (errors.hasErrors()) {
            return null;
        }
        return new WorkingHoursSettings(
                zone, days, opening, closing, bankHolidays, extraClosedDays, workingBankHolidays);
    }

    private <T> T parseValue(String field, String text, Function<String, T> parser, String expected) {
        if (text == null || text.isBlank()) {
            errors.rejectValue(field, "missing", "missing value: give " + expected);
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (DateTimeException | IllegalArgumentException e) {
            errors.rejectValue(field, "invalid", "invalid value '" + text + "': give " + expected);
            return null;
        }
    }

    private Set<DayOfWeek> parseDays() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : nonBlank(properties.getDays())) {
            DayOfWeek parsed = parseValue("days", day, text -> DayOfWeek.valueOf(text.toUpperCase(Locale.ROOT)),
                    "day names from MONDAY to SUNDAY");
            if (parsed != null) {
                days.add(parsed);
            }
        }
        if (nonBlank(properties.getDays()).isEmpty()) {
            errors.rejectValue("days", "missing", "no working day given: list at least one day, such as MONDAY");
        }
        return days;
    }

    private void checkOpeningBeforeClosing(LocalTime opening, LocalTime closing) {
        if (opening != null && closing != null && !opening.isBefore(closing)) {
            errors.rejectValue("closing", "invalid",
                    "closing time " + closing + " must be after the opening time " + opening);
        }
    }

    private BankHolidays parseBankHolidays() {
        HolidayCalendar calendar = parseValue("holidayCalendar", properties.getHolidayCalendar(),
                text -> HolidayCalendar.valueOf(text.toUpperCase(Locale.ROOT)),
                "a jollyday HolidayCalendar constant such as UNITED_KINGDOM");
        if (calendar == null) {
            return null;
        }
        try {
            return BankHolidays.of(calendar, properties.getHolidayRegion());
        } catch (IllegalArgumentException e) {
            errors.rejectValue("holidayRegion", "invalid", e.getMessage());
            return null;
        }
    }

    private Set<LocalDate> parseDates(String field, List<String> texts) {
        Set<LocalDate> dates = new HashSet<>();
        for (String text : nonBlank(texts)) {
            LocalDate date = parseValue(field, text, LocalDate::parse, "dates such as 2026-12-24");
            if (date != null) {
                dates.add(date);
            }
        }
        return dates;
    }

    private void checkWorkingBankHolidays(BankHolidays bankHolidays, Set<LocalDate> workingBankHolidays) {
        if (bankHolidays == null) {
            return;
        }
        workingBankHolidays.stream()
                .filter(date -> !bankHolidays.isBankHoliday(date))
                .sorted()
                .forEach(date -> errors.rejectValue("workingBankHolidays", "invalid",
                        date + " is not a bank holiday of " + bankHolidays.describe()
                                + ", so there is nothing to work on; remove it or correct the date"));
    }

    private void checkNoDateInBothLists(Set<LocalDate> extraClosedDays, Set<LocalDate> workingBankHolidays) {
        extraClosedDays.stream()
                .filter(workingBankHolidays::contains)
                .sorted()
                .forEach(date -> errors.rejectValue("workingBankHolidays", "invalid",
                        date + " is listed both here and in extra-closed-days; keep it in one list only"));
    }

    private static List<String> nonBlank(List<String> texts) {
        return texts == null ? List.of() : texts.stream().filter(text -> text != null && !text.isBlank()).toList();
    }
}
