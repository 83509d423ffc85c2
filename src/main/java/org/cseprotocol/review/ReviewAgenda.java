package org.cseprotocol.review;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cseprotocol.record.CseRecordEntry;
import org.cseprotocol.record.CseRecordService;
import org.cseprotocol.record.RecordEventType;
import org.cseprotocol.record.RecordReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds the agenda of the operational CSE meeting once the updates are in or due: every child open on the record,
 * with reasons, current RAG, police category, missing episodes and the social worker's update, in the Json list
 * {@code reviewChildren}. Children are ordered by allocated worker, then name.
 */
@Component("reviewAgenda")
class ReviewAgenda implements JavaDelegate {

    static final String CHILDREN = "reviewChildren";
    static final String RECORD_IDS = "reviewRecordIds";

    private static final Logger LOG = LoggerFactory.getLogger(ReviewAgenda.class);

    private final CseRecordService records;

    ReviewAgenda(CseRecordService records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<Long, String> updates = records.latestNotes(RecordEventType.REVIEW_UPDATE,
                execution.getProcessInstanceId());
        Map<Long, Set<RecordReason>> reasons = records.reasonsByRecord();
        Map<Long, Integer> episodes = records.missingEpisodeCounts();
        List<CseRecordEntry> children = records.entries(true).stream()
                .sorted(Comparator.comparing((CseRecordEntry entry) -> entry.allocatedWorker() == null
                        ? "~" : entry.allocatedWorker()))
                .toList();
        List<Map<String, Object>> rows = children.stream().map(entry -> ReviewItems.meetingRow(entry,
                reasons.getOrDefault(entry.id(), Set.of()), episodes.getOrDefault(entry.id(), 0),
                updates.get(entry.id()))).toList();

        execution.setVariable(CHILDREN, ReviewLists.json(rows));
        execution.setVariable(RECORD_IDS, ReviewLists.json(children.stream().map(CseRecordEntry::id).toList()));
        long missing = rows.stream().filter(row -> "No update received".equals(row.get("update"))).count();
        LOG.info("Agenda of review {}: {} children, {} without the update asked for", execution.getProcessBusinessKey(),
                rows.size(), missing);
    }
}
