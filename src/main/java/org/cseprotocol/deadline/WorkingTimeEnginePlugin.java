package org.cseprotocol.deadline;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the working-time business calendar with the process engine.
 *
 * <p>Camunda 7.24 takes no calendar name from BPMN: a {@code timeDate} timer and a {@code camunda:dueDate} text
 * use the calendar named {@code dueDate}, a {@code timeDuration} timer the one named {@code duration}, and a
 * {@code timeCycle} timer {@code cycle} (see the engine's TimerDeclarationType and TaskDecorator). So the plugin
 * registers the calendar under its own name and wraps {@code dueDate} and {@code duration}, which then resolve
 * {@code "<N> working hours|days"} on the working calendar and pass every other text to the engine's calendar.
 * A date or Date-returning expression bypasses every calendar, as the engine uses a {@link java.util.Date} as is.
 */
final class WorkingTimeEnginePlugin extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(WorkingTimeEnginePlugin.class);

    private final WorkingTimeBusinessCalendar workingTime;

    WorkingTimeEnginePlugin(WorkingTimeBusinessCalendar workingTime) {
        this.workingTime = workingTime;
    }

    /** Runs after the engine has created its business calendar manager, in {@code init()}. */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        BusinessCalendarManager manager = configuration.getBusinessCalendarManager();
        if (!(manager instanceof MapBusinessCalendarManager calendars)) {
            throw new IllegalStateException("Cannot register the working-time calendar: the engine's business "
                    + "calendar manager is a " + manager.getClass().getName() + ", not a MapBusinessCalendarManager");
        }
        calendars.addBusinessCalendar(WorkingTimeBusinessCalendar.NAME, workingTime);
        wrap(calendars, DueDateBusinessCalendar.NAME);
        wrap(calendars, DurationBusinessCalendar.NAME);
        LOG.info("Registered business calendar '{}' and working-time due dates in the '{}' and '{}' calendars",
                WorkingTimeBusinessCalendar.NAME, DueDateBusinessCalendar.NAME, DurationBusinessCalendar.NAME);
    }

    private void wrap(MapBusinessCalendarManager calendars, String name) {
        BusinessCalendar engineCalendar = calendars.getBusinessCalendar(name);
        if (engineCalendar instanceof WorkingTimeDelegatingCalendar) {
            return;
        }
        calendars.addBusinessCalendar(name, new WorkingTimeDelegatingCalendar(engineCalendar, workingTime));
    }
}
