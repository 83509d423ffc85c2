package org.cseprotocol.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Migration V1 and the intake queries on an embedded PostgreSQL 14. The Spring tests run them on H2. */
class IntakeRecordsPostgresTest {

    private static final Instant RECEIVED_AT = Instant.parse("2026-03-02T10:15:00.123Z");

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;
    private static IntakeRecords records;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
        dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("cse_schema_history")
                .load().migrate();
        records = new IntakeRecords(new JdbcTemplate(dataSource));
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void sequenceCountsUp() {
        long first = records.nextNumber();

        long second = records.nextNumber();

        assertThat(second).isEqualTo(first + 1);
    }

    @Test
    void recordIsFoundBySourceAndById() {
        String reference = newReference();
        Instant createdAt = RECEIVED_AT.plus(1, ChronoUnit.MINUTES);

        records.insert("CSE-2026-900001", Agency.HEALTH, reference, RECEIVED_AT, createdAt);
        records.setProcessInstanceId("CSE-2026-900001", "process-instance-1");

        IntakeRecord expected = new IntakeRecord("CSE-2026-900001", "process-instance-1", RECEIVED_AT, createdAt);
        assertThat(records.findBySource(Agency.HEALTH, reference)).contains(expected);
        assertThat(records.findByReferralId("CSE-2026-900001")).contains(expected);
        assertThat(records.findBySource(Agency.POLICE, reference)).isEmpty();
    }

    @Test
    void sameReferenceFromAnotherAgencyIsAllowed() {
        String reference = newReference();
        records.insert("CSE-2026-900002", Agency.EDUCATION, reference, RECEIVED_AT, RECEIVED_AT);

        records.insert("CSE-2026-900003", Agency.POLICE, reference, RECEIVED_AT, RECEIVED_AT);

        assertThat(records.findBySource(Agency.POLICE, reference)).isPresent();
    }

    @Test
    void secondCopyWaitsThenFails() throws Exception {
        String reference = newReference();
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(2);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        executor.submit(() -> transaction.executeWithoutResult(status -> {
            records.insert("CSE-2026-900004", Agency.HEALTH, reference, RECEIVED_AT, RECEIVED_AT);
            inserted.countDown();
            await(commit);
        }));
        assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();

        Future<?> second = executor.submit(() -> records.insert("CSE-2026-900005", Agency.HEALTH, reference,
                RECEIVED_AT, RECEIVED_AT));
        Thread.sleep(300);
        boolean secondWaited = !second.isDone();
        commit.countDown();

        assertThat(secondWaited).isTrue();
        assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(DuplicateKeyException.class);
        executor.shutdown();
    }

    private static String newReference() {
        return "REF-" + UUID.randomUUID();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
