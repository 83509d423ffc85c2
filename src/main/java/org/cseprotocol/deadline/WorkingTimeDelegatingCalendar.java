package org.cseprotocol.deadline;

import java.util.Date;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.task.Task;

/**
 * Business calendar that sends working-time descriptions ({@code "4 working hours"}) to the
 * {@link WorkingTimeBusinessCalendar} and every other description ({@code PT4H}, an ISO-8601 date) to the
 * engine's own calendar that it replaces, so plain durations and dates keep their meaning.
 */
final class WorkingTimeDelegatingCalendar implements BusinessCalendar {

    private final BusinessCalendar engineCalendar;
    private final WorkingTimeBusinessCalendar workingTime;

    WorkingTimeDelegatingCalendar(BusinessCalendar engineCalendar, WorkingTimeBusinessCalendar workingTime) {
        this.engineCalendar = engineCalendar;
        this.workingTime = workingTime;
    }

    @Override
    public Date resolveDuedate(String description) {
        return pick(description).resolveDuedate(description);
    }

    @Override
    public Date resolveDuedate(String description, Date startDate) {
        return pick(description).resolveDuedate(description, startDate);
    }

    @Override
    public Date resolveDuedate(String description, Task task) {
        return pick(description).resolveDuedate(description, task);
    }

    BusinessCalendar engineCalendar() {
        return engineCalendar;
    }

    private BusinessCalendar pick(String description) {
        return WorkingTimeBusinessCalendar.isWorkingTime(description) ? workingTime : engineCalendar;
    }
}
