package org.cseprotocol.deadline;

import java.time.Instant;
import java.util.Date;
import java.util.function.BiFunction;

import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.context.CoreExecutionContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * Deadline functions for BPMN expressions, such as a task due date or a boundary timer's {@code timeDate}:
 * {@code ${deadlines.workingHoursAfter(triageCompletedAt, responseWorkingHours)}}.
 *
 * <p>Each function takes the start from a process variable, not from "now", so the task due date, the timer and
 * a recalculated timer all get the same instant. A start is a {@link Date} or ISO-8601 text (see
 * {@link DeadlineArguments#toInstant}), and a length is a whole number. An invalid argument raises an
 * {@link IllegalArgumentException} whose message names the call, its argument values and, inside the engine,
 * the activity and process instance.
 */
@Component("deadlines")
public class Deadlines {

    private final WorkingCalendar calendar;

    Deadlines(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** Returns the instant {@code hours} elapsed hours after the start, nights and holidays included. */
    public Date hoursAfter(Object start, Object hours) {
        return compute("hoursAfter", start, hours, calendar::addElapsedHours);
    }

    /** Returns the instant {@code workingHours} working hours after the start. */
    public Date workingHoursAfter(Object start, Object workingHours) {
        return compute("workingHoursAfter", start, workingHours, calendar::addWorkingHours);
    }

    /** Returns the closing time of working day {@code workingDays} after the start's working day. */
    public Date workingDaysAfter(Object start, Object workingDays) {
        return compute("workingDaysAfter", start, workingDays, calendar::addWorkingDays);
    }

    private Date compute(String function, Object start, Object length, BiFunction<Instant, Integer, Instant> rule) {
        try {
            Instant from = DeadlineArguments.toInstant(start, calendar.zone());
            return Date.from(rule.apply(from, DeadlineArguments.toLength(length)));
        } catch (IllegalArgumentException e) {
            String call = "deadlines." + function + "(" + DeadlineArguments.describe(start) + ", "
                    + DeadlineArguments.describe(length) + ")";
            throw new IllegalArgumentException(call + " failed" + whereEvaluated() + ": " + e.getMessage(), e);
        }
    }

    private static String whereEvaluated() {
        CoreExecutionContext<?> context = Context.getCoreExecutionContext();
        if (!(context instanceof BpmnExecutionContext bpmnContext) || bpmnContext.getExecution() == null) {
            return "";
        }
        ExecutionEntity execution = bpmnContext.getExecution();
        return " in activity '" + execution.getActivityId() + "' of process instance '"
                + execution.getProcessInstanceId() + "'";
    }
}
