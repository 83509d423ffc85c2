package org.cseprotocol.review;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.cseprotocol.record.CseRecordEntry;
import org.cseprotocol.record.CseRecordService;
import org.springframework.stereotype.Component;

/**
 * Fills a social worker's update task when it is created: one row per child open on the record with the worker
 * allocated, in the variable {@code childUpdates}. The variable is local to the task's own execution, one per
 * worker in the multi-instance, so each worker's rows stay apart even when several complete at once. The rows come
 * back from a form submit (task scope) and from a task completion over the API (execution scope) alike.
 */
@Component("reviewUpdateTask")
class ReviewUpdateTask implements TaskListener {

    static final String ROWS = "childUpdates";
    static final String RECORD_IDS = "reviewRecordIds";

    private final CseRecordService records;

    ReviewUpdateTask(CseRecordService records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        String worker = task.getAssignee();
        Map<Long, Integer> episodes = records.missingEpisodeCounts();
        List<CseRecordEntry> children = records.entries(true).stream()
                .filter(entry -> worker != null && worker.equals(entry.allocatedWorker())).toList();
        List<Map<String, Object>> rows = children.stream()
                .map(entry -> ReviewItems.updateRow(entry, episodes.getOrDefault(entry.id(), 0))).toList();
        task.getExecution().setVariableLocal(ROWS, ReviewLists.json(rows));
        task.getExecution().setVariableLocal(RECORD_IDS,
                ReviewLists.json(children.stream().map(CseRecordEntry::id).toList()));
    }
}
