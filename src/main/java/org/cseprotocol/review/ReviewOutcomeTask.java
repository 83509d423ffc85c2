package org.cseprotocol.review;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.cseprotocol.record.CseRecordService;
import org.cseprotocol.record.RecordEventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs on the task that sends a meeting outcome back to the allocated social worker. On create it makes
 * {@code outcomeActions} local to the task's execution, one per child in the multi-instance, so that parallel
 * outcome tasks never overwrite each other's value. On complete it appends the worker's text to the child's history.
 */
@Component("reviewOutcomeTask")
class ReviewOutcomeTask implements TaskListener {

    static final String ACTIONS = "outcomeActions";
    static final String OUTCOME = "reviewOutcome";

    private static final Logger LOG = LoggerFactory.getLogger(ReviewOutcomeTask.class);

    private final CseRecordService records;

    ReviewOutcomeTask(CseRecordService records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.getExecution().setVariableLocal(ACTIONS, null);
            return;
        }
        Object actions = task.getVariable(ACTIONS);
        if (actions == null || actions.toString().isBlank()) {
            throw new ProcessEngineException("Invalid outcome task: outcomeActions is missing. Say what you will do"
                    + " about the meeting's outcome.");
        }
        long recordId = ReviewItems.recordId((SpinJsonNode) task.getVariable(OUTCOME));
        records.note(recordId, RecordEventType.OUTCOME_ACTIONED, actions.toString().trim(),
                task.getProcessInstanceId(), ReviewActors.of(task));
        LOG.info("Outcome for record entry {} actioned by {}", recordId, ReviewActors.of(task));
    }
}
