package org.cseprotocol.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cseprotocol.deadline.WorkingCalendarTest.london;

import java.util.Date;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingTimeBusinessCalendarTest {

    private static final Date FRIDAY_AFTERNOON = Date.from(london("2026-03-06T15:00"));

    private final WorkingTimeBusinessCalendar workingTime =
            new WorkingTimeBusinessCalendar(WorkingCalendarTest.calendarWith(new WorkingHoursProperties()));

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "4 working hours, 2026-03-09T11:00",
        "1 working hour, 2026-03-06T16:00",
        "1 WORKING DAY, 2026-03-09T17:00",
        "' 45  working days ', 2026-05-13T17:00",
    })
    void resolvesFromStartDate(String description, String expected) {
        Date due = workingTime.resolveDuedate(description, FRIDAY_AFTERNOON);

        assertThat(due).isEqualTo(Date.from(london(expected)));
    }

    @Test
    void resolvesFromEngineClock() {
        ClockUtil.setCurrentTime(FRIDAY_AFTERNOON);

        assertThat(workingTime.resolveDuedate("4 working hours")).isEqualTo(Date.from(london("2026-03-09T11:00")));
    }

    @Test
    void resolvesFromTaskCreation() {
        ClockUtil.setCurrentTime(FRIDAY_AFTERNOON);
        TaskEntity task = new TaskEntity("fictional-task");
        ClockUtil.setCurrentTime(Date.from(london("2026-03-09T10:00")));

        assertThat(workingTime.resolveDuedate("4 working hours", task))
                .isEqualTo(Date.from(london("2026-03-09T11:00")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "4 working weeks, write '<N> working hours' or '<N> working days'",
        "working hours, write '<N> working hours'",
        "-4 working hours, write '<N> working hours'",
        "2001 working hours, workingHours must be at most 2000",
    })
    void rejectsInvalidDescriptions(String description, String message) {
        assertThatThrownBy(() -> workingTime.resolveDuedate(description, FRIDAY_AFTERNOON))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Invalid working-time due date '" + description + "'")
                .hasMessageContaining(message);
    }

    @Test
    void delegatingCalendarKeepsIsoDatesAndDurations() {
        WorkingTimeDelegatingCalendar dueDate =
                new WorkingTimeDelegatingCalendar(new DueDateBusinessCalendar(), workingTime);

        assertThat(dueDate.resolveDuedate("PT4H", FRIDAY_AFTERNOON)).isEqualTo(Date.from(london("2026-03-06T19:00")));
        assertThat(dueDate.resolveDuedate("4 working hours", FRIDAY_AFTERNOON))
                .isEqualTo(Date.from(london("2026-03-09T11:00")));
    }
}
