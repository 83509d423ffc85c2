package org.cseprotocol.deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Working-hours configuration under {@code cse.working-hours}.
 *
 * <p>Every value is bound as text and converted by {@link WorkingHoursParser}, because Spring Boot stops at the
 * first value it cannot convert. As its own {@link Validator}, this class makes Spring Boot report every invalid
 * value in one start-up failure.
 */
@ConfigurationProperties("cse.working-hours")
class WorkingHoursProperties implements Validator {

    /** Time zone ID in which the opening and closing times are wall-clock times. */
    private String zone = "Europe/London";

    /** Days of the week the MASH works, as java.time.DayOfWeek names. */
    private List<String> days = new ArrayList<>(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));

    /** Opening time on a working day, HH:mm. */
    private String opening = "09:00";

    /** Closing time on a working day, HH:mm, after the opening time. */
    private String closing = "17:00";

    /** Jollyday HolidayCalendar constant whose bank holidays close the MASH. */
    private String holidayCalendar = "UNITED_KINGDOM";

    /** Jollyday region of the holiday calendar, where eng gives the bank holidays of England and Wales. */
    private String holidayRegion = "eng";

    /** Extra days the MASH is closed, yyyy-MM-dd. */
    private List<String> extraClosedDays = new ArrayList<>();

    /** Bank holidays on which the MASH works all the same, yyyy-MM-dd. */
    private List<String> workingBankHolidays = new ArrayList<>();

    /**
     * Converts the values into settings.
     *
     * @throws IllegalStateException listing every invalid value
     */
    WorkingHoursSettings toSettings() {
        Errors errors = new BeanPropertyBindingResult(this, "cse.working-hours");
        WorkingHoursSettings settings = new WorkingHoursParser(this, errors).parse();
        if (errors.hasErrors()) {
            throw new IllegalStateException(describe(errors));
        }
        return settings;
    }

    @Override
    public boolean supports(Class<?> type) {
        return WorkingHoursProperties.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        new WorkingHoursParser((WorkingHoursProperties) target, errors).parse();
    }

    private static String describe(Errors errors) {
        return errors.getFieldErrors().stream()
                .map(error -> "cse.working-hours." + toKebabCase(error.getField()) + ": " + error.getDefaultMessage())
                .collect(Collectors.joining("\n  ", "Invalid working-hours configuration:\n  ", ""));
    }

    private static String toKebabCase(String field) {
        return field.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public List<String> getDays() {
        return days;
    }

    public void setDays(List<String> days) {
        this.days = days;
    }

    public String getOpening() {
        return opening;
    }

    public void setOpening(String opening) {
        this.opening = opening;
    }

    public String getClosing() {
        return closing;
    }

    public void setClosing(String closing) {
        this.closing = closing;
    }

    public String getHolidayCalendar() {
        return holidayCalendar;
    }

    public void setHolidayCalendar(String holidayCalendar) {
        this.holidayCalendar = holidayCalendar;
    }

    public String getHolidayRegion() {
        return holidayRegion;
    }

    public void setHolidayRegion(String holidayRegion) {
        this.holidayRegion = holidayRegion;
    }

    public List<String> getExtraClosedDays() {
        return extraClosedDays;
    }

    public void setExtraClosedDays(List<String> extraClosedDays) {
        this.extraClosedDays = extraClosedDays;
    }

    public List<String> getWorkingBankHolidays() {
        return workingBankHolidays;
    }

    public void setWorkingBankHolidays(List<String> workingBankHolidays) {
        this.workingBankHolidays = workingBankHolidays;
    }
}
