package org.cseprotocol.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads and appends the reasons, missing episodes and events of record entries. The history tables are only
 * appended to: nothing here updates or deletes a row.
 */
@Repository
class RecordHistoryRepository {

    private final NamedParameterJdbcTemplate jdbc;

    RecordHistoryRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Set<RecordReason> reasons(long recordId) {
        Set<RecordReason> reasons = EnumSet.noneOf(RecordReason.class);
        jdbc.queryForList("SELECT reason FROM cse_record_reason WHERE record_id = :id", Map.of("id", recordId),
                String.class).forEach(reason -> reasons.add(RecordReason.valueOf(reason)));
        return reasons;
    }

    /** Returns the reasons of every entry that has any, by record id. */
    Map<Long, Set<RecordReason>> reasonsByRecord() {
        Map<Long, Set<RecordReason>> reasons = new HashMap<>();
        jdbc.query("SELECT record_id, reason FROM cse_record_reason", row -> {
            reasons.computeIfAbsent(row.getLong("record_id"), id -> EnumSet.noneOf(RecordReason.class))
                    .add(RecordReason.valueOf(row.getString("reason")));
        });
        return reasons;
    }

    /** Adds the reason unless the entry has it already, and returns whether it was added. */
    boolean addReason(long recordId, RecordReason reason, String sourceReference, OffsetDateTime now) {
        return jdbc.update("INSERT INTO cse_record_reason (record_id, reason, source_reference, added_at)"
                + " SELECT :id, :reason, :source, :now WHERE NOT EXISTS (SELECT 1 FROM cse_record_reason"
                + " WHERE record_id = :id AND reason = :reason)",
                new MapSqlParameterSource("id", recordId).addValue("reason", reason.name())
                        .addValue("source", sourceReference).addValue("now", now)) == 1;
    }

    void addEvent(RecordEvent event) {
        jdbc.update("INSERT INTO cse_record_event (record_id, event_type, changes, reason, source_reference, actor,"
                + " occurred_at) VALUES (:id, :type, :changes, :reason, :source, :actor, :at)",
                new MapSqlParameterSource("id", event.recordId()).addValue("type", event.type().name())
                        .addValue("changes", event.changes()).addValue("reason", event.reason())
                        .addValue("source", event.sourceReference()).addValue("actor", event.actor())
                        .addValue("at", event.occurredAt()));
    }

    /** Returns the entry's history, oldest first. */
    List<RecordEvent> events(long recordId) {
        return jdbc.query("SELECT * FROM cse_record_event WHERE record_id = :id ORDER BY occurred_at, id",
                Map.of("id", recordId), (row, n) -> new RecordEvent(row.getLong("record_id"),
                        RecordEventType.valueOf(row.getString("event_type")), row.getString("changes"),
                        row.getString("reason"), row.getString("source_reference"), row.getString("actor"),
                        row.getObject("occurred_at", OffsetDateTime.class)));
    }

    /** Returns the reason text of each entry's latest event of this type from this source, by record id. */
    Map<Long, String> latestReasons(RecordEventType type, String sourceReference) {
        Map<Long, String> reasons = new HashMap<>();
        jdbc.query("SELECT record_id, reason FROM cse_record_event WHERE event_type = :type"
                + " AND source_reference = :source ORDER BY occurred_at, id",
                new MapSqlParameterSource("type", type.name()).addValue("source", sourceReference),
                row -> {
                    reasons.put(row.getLong("record_id"), row.getString("reason"));
                });
        return reasons;
    }

    /** Returns whether any event of the entry came from this referral, review or other source. */
    boolean hasEventFrom(long recordId, String sourceReference) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM cse_record_event WHERE record_id = :id"
                + " AND source_reference = :source",
                new MapSqlParameterSource("id", recordId).addValue("source", sourceReference), Integer.class);
        return count != null && count > 0;
    }

    /**
     * Adds the episode unless one with the same source is recorded, and returns whether it was added. The CAST
     * gives PostgreSQL the type of a null end date, which it cannot infer from a SELECT list.
     */
    boolean addMissingEpisode(MissingEpisode episode) {
        return jdbc.update("INSERT INTO cse_missing_episode (record_id, started_on, ended_on, source_reference,"
                + " notes, recorded_by, recorded_at)"
                + " SELECT :id, :started, CAST(:ended AS DATE), :source, :notes, :by, :at"
                + " WHERE NOT EXISTS (SELECT 1 FROM cse_missing_episode WHERE record_id = :id"
                + " AND source_reference = :source)",
                new MapSqlParameterSource("id", episode.recordId()).addValue("started", episode.startedOn())
                        .addValue("ended", episode.endedOn()).addValue("source", episode.sourceReference())
                        .addValue("notes", episode.notes()).addValue("by", episode.recordedBy())
                        .addValue("at", episode.recordedAt())) == 1;
    }

    List<MissingEpisode> missingEpisodes(long recordId) {
        return jdbc.query("SELECT * FROM cse_missing_episode WHERE record_id = :id ORDER BY started_on, id",
                Map.of("id", recordId), (row, n) -> new MissingEpisode(row.getLong("record_id"),
                        row.getObject("started_on", LocalDate.class), row.getObject("ended_on", LocalDate.class),
                        row.getString("source_reference"), row.getString("notes"), row.getString("recorded_by"),
                        row.getObject("recorded_at", OffsetDateTime.class)));
    }

    /** Returns the number of missing episodes of each entry that has any, by record id. */
    Map<Long, Integer> missingEpisodeCounts() {
        return jdbc.query("SELECT record_id, COUNT(*) AS episodes FROM cse_missing_episode GROUP BY record_id",
                rows -> {
                    Map<Long, Integer> counts = new HashMap<>();
                    while (rows.next()) {
                        counts.put(rows.getLong("record_id"), rows.getInt("episodes"));
                    }
                    return counts;
                });
    }
}
