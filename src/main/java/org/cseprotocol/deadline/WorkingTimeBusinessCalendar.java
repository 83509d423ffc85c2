package org.cseprotocol.deadline;

import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Engine business calendar for due dates written as {@code "<N> working hours"} or {@code "<N> working days"},
 * counted on the {@link WorkingCalendar} from the engine's clock ({@link ClockUtil}), from a task's creation time,
 * or from the start date the engine passes when it recalculates a timer from its creation date.
 */
final class WorkingTimeBusinessCalendar implements BusinessCalendar {

    /** Name under which the engine plugin registers this calendar in the business calendar manager. */
    static final String NAME = "workingTime";

    private static final String MARKER = "working";
    private static final Pattern DESCRIPTION =
            Pattern.compile("(\\d{1,9})\\s+working\\s+(hour|hours|day|days)", Pattern.CASE_INSENSITIVE);

    private final WorkingCalendar calendar;

    WorkingTimeBusinessCalendar(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** Returns whether a due date description is meant for this calendar: any text with the word "working". */
    static boolean isWorkingTime(String description) {
        return description != null && description.toLowerCase(Locale.ROOT).contains(MARKER);
    }

    @Override
    public Date resolveDuedate(String description) {
        return resolveDuedate(description, (Date) null);
    }

    @Override
    public Date resolveDuedate(String description, Task task) {
        return resolveDuedate(description, task == null ? null : task.getCreateTime());
    }

    @Override
    public Date resolveDuedate(String description, Date startDate) {
        Date start = startDate == null ? ClockUtil.getCurrentTime() : startDate;
        Matcher matcher = DESCRIPTION.matcher(description.strip());
        if (!matcher.matches()) {
            throw new ProcessEngineException("Invalid working-time due date '" + description
                    + "': write '<N> working hours' or '<N> working days', such as '4 working hours'");
        }
        int length = Integer.parseInt(matcher.group(1));
        boolean inDays = matcher.group(2).toLowerCase(Locale.ROOT).startsWith("day");
        try {
            Instant from = Instant.ofEpochMilli(start.getTime());
            Instant due = inDays ? calendar.addWorkingDays(from, length) : calendar.addWorkingHours(from, length);
            return Date.from(due);
        } catch (IllegalArgumentException e) {
            throw new ProcessEngineException("Invalid working-time due date '" + description + "': "
                    + e.getMessage(), e);
        }
    }
}
