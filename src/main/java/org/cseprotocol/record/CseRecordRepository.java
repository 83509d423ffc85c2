package org.cseprotocol.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the entries of the central CSE record in {@code cse_record}. It has no delete: a closed entry
 * stays, with status CLOSED. Column names in the SQL come from {@link RecordField}, never from a request.
 */
@Repository
class CseRecordRepository {

    private static final String SELECT = "SELECT * FROM cse_record";

    private final NamedParameterJdbcTemplate jdbc;

    CseRecordRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CseRecordEntry> findByKey(ChildKey key) {
        return jdbc.query(SELECT + " WHERE child_key = :key", Map.of("key", key.value()), this::toEntry)
                .stream().findFirst();
    }

    Optional<CseRecordEntry> findById(long id) {
        return jdbc.query(SELECT + " WHERE id = :id", Map.of("id", id), this::toEntry).stream().findFirst();
    }

    /** Returns the entries with the status (OPEN, CLOSED, or null for both), by last name, first name and id. */
    List<CseRecordEntry> findAll(String status) {
        MapSqlParameterSource params = new MapSqlParameterSource("status", status);
        String where = status == null ? "" : " WHERE status = :status";
        return jdbc.query(SELECT + where + " ORDER BY last_name, first_name, id", params, this::toEntry);
    }

    long insert(ChildKey key, String firstName, String lastName, LocalDate dateOfBirth,
            Map<RecordField, Object> fields, OffsetDateTime now) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("child_key", key.value())
                .addValue("first_name", firstName)
                .addValue("last_name", lastName)
                .addValue("date_of_birth", dateOfBirth)
                .addValue("status", "OPEN")
                .addValue("added_at", now)
                .addValue("updated_at", now);
        for (RecordField field : RecordField.values()) {
            params.addValue(field.column(), fields.getOrDefault(field, defaultValue(field)));
        }
        String columns = String.join(", ", params.getParameterNames());
        String values = ":" + String.join(", :", params.getParameterNames());
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update("INSERT INTO cse_record (" + columns + ") VALUES (" + values + ")", params, keys,
                new String[] {"id"});
        return keys.getKey().longValue();
    }

    void update(long id, Map<RecordField, Object> changes, OffsetDateTime now) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", id).addValue("updated_at", now);
        changes.forEach((field, value) -> params.addValue(field.column(), value));
        String assignments = changes.keySet().stream()
                .map(field -> field.column() + " = :" + field.column())
                .collect(Collectors.joining(", "));
        jdbc.update("UPDATE cse_record SET " + assignments + ", updated_at = :updated_at WHERE id = :id", params);
    }

    void close(long id, String reason, String actor, OffsetDateTime now) {
        jdbc.update("UPDATE cse_record SET status = 'CLOSED', closed_at = :now, closed_by = :actor,"
                + " close_reason = :reason, updated_at = :now WHERE id = :id",
                new MapSqlParameterSource("id", id).addValue("now", now).addValue("actor", actor)
                        .addValue("reason", reason));
    }

    /** Reopens a closed entry. The previous closing stays in the entry's history as a CLOSED event. */
    void reopen(long id, OffsetDateTime now) {
        jdbc.update("UPDATE cse_record SET status = 'OPEN', closed_at = NULL, closed_by = NULL,"
                + " close_reason = NULL, updated_at = :now WHERE id = :id",
                new MapSqlParameterSource("id", id).addValue("now", now));
    }

    private static Object defaultValue(RecordField field) {
        return field.kind() == RecordField.FieldKind.FLAG ? Boolean.FALSE : null;
    }

    private CseRecordEntry toEntry(ResultSet row, int rowNumber) throws SQLException {
        Map<RecordField, Object> fields = new EnumMap<>(RecordField.class);
        for (RecordField field : RecordField.values()) {
            Object value = switch (field.kind()) {
                case FLAG -> row.getBoolean(field.column());
                case CATEGORY -> row.getObject(field.column(), Integer.class);
                default -> row.getString(field.column());
            };
            if (value != null) {
                fields.put(field, value);
            }
        }
        return new CseRecordEntry(row.getLong("id"), row.getString("first_name"), row.getString("last_name"),
                row.getObject("date_of_birth", LocalDate.class), "OPEN".equals(row.getString("status")), fields,
                row.getObject("added_at", OffsetDateTime.class), row.getObject("updated_at", OffsetDateTime.class),
                row.getObject("closed_at", OffsetDateTime.class), row.getString("closed_by"),
                row.getString("close_reason"));
    }
}
