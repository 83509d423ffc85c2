package org.cseprotocol.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads and writes table {@code cse_referral_intake}, created by Flyway migration V1. */
@Repository
class IntakeRecords {

    private static final String COLUMNS = "referral_id, process_instance_id, received_at, created_at";

    private final JdbcTemplate jdbcTemplate;

    IntakeRecords(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    /** Returns the next value of sequence {@code cse_referral_number}, using nextval, which H2 and PostgreSQL share. */
    long nextNumber() {
        Long number = jdbcTemplate.queryForObject("SELECT nextval('cse_referral_number')", Long.class);
        if (number == null) {
            throw new IllegalStateException("Sequence cse_referral_number returned no value");
        }
        return number;
    }

    /**
     * Inserts a row without its process instance id. A second row for the same agency and external reference
     * raises {@link org.springframework.dao.DuplicateKeyException}. While the first row is not yet committed, the
     * second insert waits for that transaction to end, in H2 2.3 and in PostgreSQL.
     */
    void insert(String referralId, Agency agency, String externalReference, Instant receivedAt, Instant createdAt) {
        jdbcTemplate.update("INSERT INTO cse_referral_intake (referral_id, agency, external_reference, received_at,"
                        + " created_at) VALUES (?, ?, ?, ?, ?)",
                referralId, agency.name(), externalReference, utc(receivedAt), utc(createdAt));
    }

    void setProcessInstanceId(String referralId, String processInstanceId) {
        jdbcTemplate.update("UPDATE cse_referral_intake SET process_instance_id = ? WHERE referral_id = ?",
                processInstanceId, referralId);
    }

    Optional<IntakeRecord> findBySource(Agency agency, String externalReference) {
        return jdbcTemplate.query("SELECT " + COLUMNS + " FROM cse_referral_intake"
                        + " WHERE agency = ? AND external_reference = ?",
                IntakeRecords::toRecord, agency.name(), externalReference).stream().findFirst();
    }

    Optional<IntakeRecord> findByReferralId(String referralId) {
        return jdbcTemplate.query("SELECT " + COLUMNS + " FROM cse_referral_intake WHERE referral_id = ?",
                IntakeRecords::toRecord, referralId).stream().findFirst();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static IntakeRecord toRecord(ResultSet row, int rowNumber) throws SQLException {
        return new IntakeRecord(row.getString("referral_id"), row.getString("process_instance_id"),
                row.getObject("received_at", OffsetDateTime.class).toInstant(),
                row.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
