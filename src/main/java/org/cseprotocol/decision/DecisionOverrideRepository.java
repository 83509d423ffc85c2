package org.cseprotocol.decision;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores overrides in {@code decision_override}. Inserts join the engine's transaction, because the engine and
 * this repository use the same Spring-managed data source, so a completion that fails later leaves no record.
 */
@Repository
class DecisionOverrideRepository {

    private static final String COLUMNS = "id, decision_key, decision_version, referral_id, process_instance_id, "
            + "task_id, task_key, proposed_value, chosen_value, reason, decided_by, decided_at";

    private final JdbcClient jdbc;

    DecisionOverrideRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(DecisionOverride override) {
        jdbc.sql("""
                INSERT INTO decision_override (decision_key, decision_version, referral_id, process_instance_id,
                    task_id, task_key, proposed_value, chosen_value, reason, decided_by, decided_at)
                VALUES (:decisionKey, :decisionVersion, :referralId, :processInstanceId, :taskId, :taskKey,
                    :proposedValue, :chosenValue, :reason, :decidedBy, :decidedAt)
                """)
                .paramSource(override)
                .update();
    }

    /** Returns the overrides matching every filter given (a {@code null} filter matches all), oldest first. */
    List<DecisionOverride> find(String decisionKey, OffsetDateTime from, OffsetDateTime to) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        addCondition(conditions, parameters, "decision_key = :decisionKey", "decisionKey", decisionKey);
        addCondition(conditions, parameters, "decided_at >= :from", "from", from);
        addCondition(conditions, parameters, "decided_at < :to", "to", to);
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return jdbc.sql("SELECT " + COLUMNS + " FROM decision_override" + where + " ORDER BY decided_at, id")
                .params(parameters)
                .query((row, number) -> new DecisionOverride(
                        row.getLong("id"),
                        row.getString("decision_key"),
                        row.getObject("decision_version", Integer.class),
                        row.getString("referral_id"),
                        row.getString("process_instance_id"),
                        row.getString("task_id"),
                        row.getString("task_key"),
                        row.getString("proposed_value"),
                        row.getString("chosen_value"),
                        row.getString("reason"),
                        row.getString("decided_by"),
                        row.getObject("decided_at", OffsetDateTime.class)))
                .list();
    }

    private static void addCondition(List<String> conditions, Map<String, Object> parameters, String condition,
            String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }
}
