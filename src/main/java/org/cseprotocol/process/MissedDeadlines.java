package org.cseprotocol.process;

import java.time.Duration;
import java.util.Comparator;
import java.util.Date;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs when a deadline timer fires: marks the case overdue and gives the escalation token the deadline's name,
 * due time and lateness, which the MASH manager's {@code escalateOverdue} task shows.
 *
 * <p>The deadline's name is the timer event's name in the BPMN, and its due time is the due date of the open task
 * that the timer is attached to, so both are defined once, in the model.
 */
@Component("missedDeadlines")
class MissedDeadlines implements ExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(MissedDeadlines.class);

    @Override
    public void notify(DelegateExecution execution) {
        BoundaryEvent timer = (BoundaryEvent) execution.getBpmnModelElementInstance();
        String taskKey = timer.getAttachedTo().getId();
        Date now = ClockUtil.getCurrentTime();
        Date due = dueDate(execution, taskKey, now);

        execution.setVariableLocal("missedDeadline", timer.getName());
        execution.setVariableLocal("missedTaskKey", taskKey);
        execution.setVariableLocal("missedDeadlineDueAt", due);
        execution.setVariableLocal("overdueBy", describe(Duration.between(due.toInstant(), now.toInstant())));
        execution.getProcessInstance().setVariable("overdue", true);
        LOG.info("Case {} missed a deadline: {}", execution.getProcessBusinessKey(), timer.getName());
    }

    private static Date dueDate(DelegateExecution execution, String taskKey, Date now) {
        return execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey)
                .list().stream()
                .map(Task::getDueDate)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(now);
    }

    static String describe(Duration lateness) {
        if (lateness.isNegative() || lateness.toMinutes() < 1) {
            return "less than a minute";
        }
        long days = lateness.toDays();
        long hours = lateness.toHoursPart();
        long minutes = lateness.toMinutesPart();
        StringBuilder text = new StringBuilder();
        if (days > 0) {
            text.append(days).append(days == 1 ? " day " : " days ");
        }
        if (hours > 0) {
            text.append(hours).append(hours == 1 ? " hour " : " hours ");
        }
        if (minutes > 0) {
            text.append(minutes).append(minutes == 1 ? " minute" : " minutes");
        }
        return text.toString().trim();
    }
}
