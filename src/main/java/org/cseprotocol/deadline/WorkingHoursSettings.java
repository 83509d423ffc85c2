package org.cseprotocol.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * Validated working-hours settings: the days and wall-clock hours the MASH is open in {@code zone}, the bank
 * holidays it closes on, the extra days it closes and the bank holidays on which it works all the same.
 */
record WorkingHoursSettings(
        ZoneId zone,
        Set<DayOfWeek> workingDays,
        LocalTime opening,
        LocalTime closing,
        BankHolidays bankHolidays,
        Set<LocalDate> extraClosedDays,
        Set<LocalDate> workingBankHolidays) {

    WorkingHoursSettings {
        workingDays = Set.copyOf(workingDays);
        extraClosedDays = Set.copyOf(extraClosedDays);
        workingBankHolidays = Set.copyOf(workingBankHolidays);
    }
}
