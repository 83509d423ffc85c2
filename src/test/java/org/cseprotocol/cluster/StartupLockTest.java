package org.cseprotocol.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link StartupLock} on an embedded PostgreSQL 14, with one lock object for each node. */
class StartupLockTest {

    private static PostgresServer server;
    private static DataSource dataSource;

    @BeforeAll
    static void startPostgres() throws IOException {
        server = PostgresServer.start();
        dataSource = server.dataSource(server.createDatabase());
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        server.close();
    }

    @Test
    void secondNodeWaitsForFirst() {
        StartupLock first = new StartupLock(dataSource);
        StartupLock second = new StartupLock(dataSource);
        first.acquire();

        CompletableFuture<Void> secondStart = CompletableFuture.runAsync(second::acquire);
        await().atMost(Duration.ofSeconds(60)).until(() -> waitingSessions() == 1);
        boolean waitedForFirst = !secondStart.isDone();
        first.release();

        assertThat(waitedForFirst).isTrue();
        await().atMost(Duration.ofSeconds(60)).until(secondStart::isDone);
        assertThat(secondStart).isCompleted();
        assertThat(heldLocks()).isEqualTo(1);
        second.release();
        assertThat(heldLocks()).isZero();
    }

    @Test
    void failedStartReleasesLock() {
        StartupLock failing = new StartupLock(dataSource);
        failing.acquire();

        failing.destroy();

        assertThat(heldLocks()).isZero();
    }

    @Test
    void releaseWithoutLockDoesNothing() {
        StartupLock unused = new StartupLock(dataSource);

        unused.release();

        assertThat(heldLocks()).isZero();
    }

    @Test
    void otherDatabasesTakeNoLock() {
        DataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:startup-lock-test", "sa", "");
        StartupLock lock = new StartupLock(h2);

        lock.acquire();
        lock.release();

        assertThat(heldLocks()).isZero();
    }

    private static long waitingSessions() {
        return advisoryLocks(false);
    }

    private static long heldLocks() {
        return advisoryLocks(true);
    }

    private static long advisoryLocks(boolean granted) {
        return new JdbcTemplate(dataSource).queryForObject("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                + " AND granted = ? AND ((classid::bigint << 32) | objid::bigint) = ?", Long.class, granted,
                StartupLock.LOCK_KEY);
    }
}
