package org.cseprotocol.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the central CSE record and makes the changes that people make to it: the CSE lead's edits, missing
 * episodes, closing and reopening, and the notes of the monthly operational meeting. Every change appends an
 * event with who made it, when, and why.
 */
@Service
public class CseRecordService {

    /** Source reference of changes made over the API rather than by a process. */
    public static final String MANUAL = "MANUAL";

    private static final Logger LOG = LoggerFactory.getLogger(CseRecordService.class);

    private final CseRecordRepository entries;
    private final RecordHistoryRepository history;

    CseRecordService(CseRecordRepository entries, RecordHistoryRepository history) {
        this.entries = entries;
        this.history = history;
    }

    /** Returns the open entries, the closed ones, or all of them when {@code open} is null. */
    public List<CseRecordEntry> entries(Boolean open) {
        if (open == null) {
            return entries.findAll(null);
        }
        return entries.findAll(open ? "OPEN" : "CLOSED");
    }

    public CseRecordEntry entry(long id) {
        return entries.findById(id).orElseThrow(() -> new RecordNotFoundException(id));
    }

    /** Returns the entry of the child with this name and date of birth, found by {@link ChildKey}. */
    public Optional<CseRecordEntry> findChild(String firstName, String lastName, LocalDate dateOfBirth) {
        return entries.findByKey(ChildKey.of(firstName, lastName, dateOfBirth));
    }

    public RecordDetail detail(long id) {
        CseRecordEntry entry = entry(id);
        return new RecordDetail(entry, history.reasons(id), history.missingEpisodes(id), history.events(id));
    }

    public Set<RecordReason> reasons(long id) {
        return history.reasons(id);
    }

    /** Returns the reasons of every entry that has any, by record id. */
    public Map<Long, Set<RecordReason>> reasonsByRecord() {
        return history.reasonsByRecord();
    }

    /** Returns the text of each entry's latest event of this type from this source, by record id. */
    public Map<Long, String> latestNotes(RecordEventType type, String source) {
        return history.latestReasons(type, source);
    }

    /** Returns the number of missing episodes of each entry that has any, by record id. */
    public Map<Long, Integer> missingEpisodeCounts() {
        return history.missingEpisodeCounts();
    }

    /**
     * Sets fields of an open entry, where {@code changes} contains stored values (see {@link RecordRequests}) and a
     * null clears a field. Returns the entry as it is afterwards.
     */
    @Transactional
    public CseRecordEntry update(long id, Map<RecordField, Object> changes, String actor, String source,
            String note) {
        CseRecordEntry entry = openEntry(id, "updated");
        Map<RecordField, Object> differences = FieldChanges.differences(entry.fields(), changes);
        if (!differences.isEmpty()) {
            entries.update(id, differences, CaseRecording.now());
            append(id, RecordEventType.UPDATED, FieldChanges.describe(entry.fields(), differences), note, source,
                    actor);
            LOG.info("Record entry {} updated by {}: {}", id, actor, differences.keySet());
        }
        return entry(id);
    }

    /** Closes an open entry because all CSE concerns have ended. The entry and its history stay. */
    @Transactional
    public void close(long id, String reason, String actor, String source) {
        openEntry(id, "closed again");
        String closeReason = RecordRequests.requiredText("reason", reason);
        entries.close(id, closeReason, actor, CaseRecording.now());
        append(id, RecordEventType.CLOSED, null, closeReason, source, actor);
        LOG.info("Record entry {} closed by {}", id, actor);
    }

    /** Reopens a closed entry, for instance when it was closed by mistake. */
    @Transactional
    public void reopen(long id, String reason, String actor) {
        if (entry(id).open()) {
            throw new RecordConflictException("Record entry " + id + " is open already");
        }
        entries.reopen(id, CaseRecording.now());
        append(id, RecordEventType.REOPENED, null, RecordRequests.requiredText("reason", reason), MANUAL, actor);
        LOG.info("Record entry {} reopened by {}", id, actor);
    }

    /** Records a missing episode; one with the same source reference is recorded once. */
    @Transactional
    public boolean addMissingEpisode(long id, LocalDate startedOn, LocalDate endedOn, String notes, String source,
            String actor) {
        openEntry(id, "given missing episodes");
        OffsetDateTime now = CaseRecording.now();
        boolean added = history.addMissingEpisode(new MissingEpisode(id, startedOn, endedOn, source, notes, actor,
                now));
        if (added) {
            append(id, RecordEventType.MISSING_EPISODE, null, "Missing since " + startedOn, source, actor);
        }
        return added;
    }

    /** Appends a note to the entry's history, such as a social worker's update for the monthly meeting. */
    @Transactional
    public void note(long id, RecordEventType type, String text, String source, String actor) {
        entry(id);
        append(id, type, null, text, source, actor);
    }

    private CseRecordEntry openEntry(long id, String action) {
        CseRecordEntry entry = entry(id);
        if (!entry.open()) {
            throw new RecordConflictException("Record entry " + id + " is closed and cannot be " + action
                    + ": reopen it first");
        }
        return entry;
    }

    private void append(long id, RecordEventType type, String changes, String reason, String source,
            String actor) {
        history.addEvent(new RecordEvent(id, type, changes, reason, source, actor, CaseRecording.now()));
    }
}
