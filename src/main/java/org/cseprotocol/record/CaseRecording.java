package org.cseprotocol.record;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds a child to the central CSE record, or updates the child's entry, from what a case knows. Recording the
 * same facts twice changes nothing and appends no event, so the process may call it at as many steps as it likes.
 */
@Service
public class CaseRecording {

    private static final Logger LOG = LoggerFactory.getLogger(CaseRecording.class);

    private final CseRecordRepository entries;
    private final RecordHistoryRepository history;

    CaseRecording(CseRecordRepository entries, RecordHistoryRepository history) {
        this.entries = entries;
        this.history = history;
    }

    /**
     * Records the facts of a case. A closed entry is reopened by a new case, or by the CSE lead when
     * {@code reopenClosed} is set; a case that changed the entry before it was closed leaves it closed.
     *
     * @throws NotOpenToSocialCareOrPoliceException if the case is open to neither social care nor the police
     */
    @Transactional
    public RecordChange record(CaseFacts facts, String actor, boolean reopenClosed) {
        if (!facts.openToSocialCareOrPolice()) {
            throw new NotOpenToSocialCareOrPoliceException(facts.sourceReference());
        }
        ChildKey key = ChildKey.of(facts.firstName(), facts.lastName(), facts.dateOfBirth());
        OffsetDateTime now = now();
        Optional<CseRecordEntry> existing = entries.findByKey(key);
        if (existing.isEmpty()) {
            long id = entries.insert(key, facts.firstName().trim(), facts.lastName().trim(), facts.dateOfBirth(),
                    facts.fields(), now);
            event(id, RecordEventType.ADDED, FieldChanges.describe(Map.of(), facts.fields()), null, facts, actor);
            addReasonsAndEpisode(id, facts, actor, now);
            LOG.info("Record entry {} added from {}", id, facts.sourceReference());
            return RecordChange.ADDED;
        }
        return update(existing.get(), facts, actor, reopenClosed, now);
    }

    private RecordChange update(CseRecordEntry entry, CaseFacts facts, String actor, boolean reopenClosed,
            OffsetDateTime now) {
        boolean reopened = false;
        if (!entry.open()) {
            if (!reopenClosed && history.hasEventFrom(entry.id(), facts.sourceReference())) {
                LOG.info("Record entry {} is closed: {} does not change it", entry.id(), facts.sourceReference());
                return RecordChange.CLOSED_ENTRY_KEPT;
            }
            entries.reopen(entry.id(), now);
            String why = CseRecordService.MANUAL.equals(facts.sourceReference()) ? "Added again by the CSE lead"
                    : "New CSE concern in " + facts.sourceReference();
            event(entry.id(), RecordEventType.REOPENED, null, why, facts, actor);
            reopened = true;
        }
        Map<RecordField, Object> changes = FieldChanges.differences(entry.fields(), facts.fields());
        if (!changes.isEmpty()) {
            entries.update(entry.id(), changes, now);
            event(entry.id(), RecordEventType.UPDATED, FieldChanges.describe(entry.fields(), changes), null, facts,
                    actor);
        }
        boolean added = addReasonsAndEpisode(entry.id(), facts, actor, now);
        if (reopened) {
            LOG.info("Record entry {} reopened by {}", entry.id(), facts.sourceReference());
            return RecordChange.REOPENED;
        }
        LOG.debug("Record entry {} recorded from {}: {} fields changed", entry.id(), facts.sourceReference(),
                changes.size());
        return changes.isEmpty() && !added ? RecordChange.UNCHANGED : RecordChange.UPDATED;
    }

    private boolean addReasonsAndEpisode(long id, CaseFacts facts, String actor, OffsetDateTime now) {
        boolean added = false;
        for (RecordReason reason : RecordReason.values()) {
            if (facts.reasons().contains(reason) && history.addReason(id, reason, facts.sourceReference(), now)) {
                event(id, RecordEventType.REASON_ADDED, null, reason.name(), facts, actor);
                added = true;
            }
        }
        if (facts.missingSince() != null && history.addMissingEpisode(new MissingEpisode(id, facts.missingSince(),
                null, facts.sourceReference(), "Missing when the referral was received", actor, now))) {
            event(id, RecordEventType.MISSING_EPISODE, null, "Missing since " + facts.missingSince(), facts, actor);
            added = true;
        }
        return added;
    }

    private void event(long id, RecordEventType type, String changes, String reason, CaseFacts facts,
            String actor) {
        history.addEvent(new RecordEvent(id, type, changes, reason, facts.sourceReference(), actor, now()));
    }

    static OffsetDateTime now() {
        return ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
    }
}
