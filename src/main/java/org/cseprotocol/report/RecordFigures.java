package org.cseprotocol.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.cseprotocol.record.RecordReason;
import org.cseprotocol.report.Figures.RecordCounts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Counts missing episodes and entries of the central CSE record for a period, from the record's own tables. */
@Component
class RecordFigures {

    private final NamedParameterJdbcTemplate jdbc;

    RecordFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the number of missing episodes that started in the period, and of children they concern. */
    long[] missingEpisodes(ReportPeriod period) {
        MapSqlParameterSource days = new MapSqlParameterSource("from", period.from()).addValue("to", period.to());
        return jdbc.queryForObject("SELECT COUNT(*) AS episodes, COUNT(DISTINCT record_id) AS children"
                + " FROM cse_missing_episode WHERE started_on BETWEEN :from AND :to", days,
                (row, n) -> new long[] {row.getLong("episodes"), row.getLong("children")});
    }

    /**
     * Returns the entries added and closed in [start, end), and those open at the end by reason. An entry is open
     * at the end when it was added before it and its last CLOSED or REOPENED event before it, if any, is REOPENED.
     */
    RecordCounts record(Instant start, Instant end) {
        MapSqlParameterSource times = new MapSqlParameterSource("start", utc(start)).addValue("end", utc(end));
        long added = count("SELECT COUNT(*) FROM cse_record WHERE added_at >= :start AND added_at < :end", times);
        long closed = count("SELECT COUNT(*) FROM cse_record_event WHERE event_type = 'CLOSED'"
                + " AND occurred_at >= :start AND occurred_at < :end", times);
        Set<Long> open = new HashSet<>(jdbc.queryForList("SELECT id FROM cse_record WHERE added_at < :end", times,
                Long.class));
        Map<Long, String> lastChange = new HashMap<>();
        jdbc.query("SELECT record_id, event_type FROM cse_record_event WHERE event_type IN ('CLOSED', 'REOPENED')"
                + " AND occurred_at < :end ORDER BY occurred_at, id", times,
                row -> {
                    lastChange.put(row.getLong("record_id"), row.getString("event_type"));
                });
        lastChange.forEach((id, type) -> {
            if ("CLOSED".equals(type)) {
                open.remove(id);
            }
        });
        Counts byReason = new Counts(Arrays.stream(RecordReason.values()).map(Enum::name).toList());
        jdbc.query("SELECT record_id, reason FROM cse_record_reason WHERE added_at < :end", times, row -> {
            if (open.contains(row.getLong("record_id"))) {
                byReason.add(row.getString("reason"));
            }
        });
        return new RecordCounts(added, closed, open.size(), byReason.toMap());
    }

    private long count(String sql, MapSqlParameterSource params) {
        Long count = jdbc.queryForObject(sql, params, Long.class);
        return count == null ? 0 : count;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
