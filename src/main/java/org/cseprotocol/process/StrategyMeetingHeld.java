package org.cseprotocol.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Records when the strategy meeting was held, as {@code strategyMeetingHeldAt}: the initial child protection
 * conference is due 15 working days later. The meeting date from the form counts from the start of that day in
 * London; without one, the moment the task is completed counts.
 */
@Component("strategyMeetingHeld")
class StrategyMeetingHeld implements TaskListener {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Override
    public void notify(DelegateTask task) {
        Object meetingDate = task.getVariable("strategyMeetingDate");
        task.getExecution().getProcessInstance().setVariable("strategyMeetingHeldAt", heldAt(meetingDate));
    }

    static Date heldAt(Object meetingDate) {
        if (meetingDate instanceof Date date) {
            return date;
        }
        if (meetingDate instanceof String text && !text.isBlank()) {
            try {
                return Date.from(LocalDate.parse(text.substring(0, Math.min(10, text.length())))
                        .atStartOfDay(LONDON).toInstant());
            } catch (DateTimeParseException e) {
                throw new ProcessEngineException("Invalid strategyMeetingDate '" + text
                        + "': expected a date such as 2026-03-04", e);
            }
        }
        return ClockUtil.getCurrentTime();
    }
}
