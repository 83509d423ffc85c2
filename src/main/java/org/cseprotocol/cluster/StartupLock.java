package org.cseprotocol.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.stereotype.Component;

/**
 * Lets one node at a time start on a shared PostgreSQL database, so that nodes started together do not race.
 *
 * <p>Several start-up steps check for a shared row and create it when it is missing. The engine creates its
 * tables, the starter creates the "All tasks" filter, {@code ApplicationAccess} grants authorizations and
 * {@code DemoIdentity} creates users. Two nodes doing this at once both find a row missing and both insert it, so
 * the second fails on a unique constraint or leaves a duplicate. This plugin therefore takes a PostgreSQL
 * session-level advisory lock before the engine is built and holds it until the application context has
 * refreshed, when every start-up step is done. Another node waits for the lock, at most {@link #MAX_WAIT}.
 * On any other database it does nothing, because H2, the only other one supported, serves one process.
 */
@Component
class StartupLock extends AbstractProcessEnginePlugin
        implements ApplicationListener<ContextRefreshedEvent>, DisposableBean {

    /** The advisory lock's key: the ASCII codes of "CSESTART". */
    static final long LOCK_KEY = 0x4353_4553_5441_5254L;
    static final Duration MAX_WAIT = Duration.ofMinutes(5);

    /** PostgreSQL's SQLSTATE lock_not_available, raised when {@code lock_timeout} ends a wait. */
    private static final String LOCK_TIMEOUT_STATE = "55P03";

    private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);

    private final DataSource dataSource;
    private Connection lockHolder;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        acquire();
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        release();
    }

    /** Releases the lock when start-up fails, because then the context never refreshes. */
    @Override
    public void destroy() {
        release();
    }

    synchronized void acquire() {
        if (lockHolder != null) {
            return;
        }
        try {
            Connection connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return;
            }
            lockHolder = connection;
            lock(connection);
        } catch (SQLException e) {
            release();
            throw new IllegalStateException(failureMessage(e), e);
        }
    }

    private static String failureMessage(SQLException e) {
        if (LOCK_TIMEOUT_STATE.equals(e.getSQLState())) {
            return "Timed out after " + MAX_WAIT.toMinutes() + " minutes waiting for the start-up lock (PostgreSQL "
                    + "advisory lock " + LOCK_KEY + "), which another node holds while it starts. Stop a node that "
                    + "hangs in start-up, or end the session that holds the lock (see pg_locks).";
        }
        return "Failed to take the start-up lock (PostgreSQL advisory lock " + LOCK_KEY + "): " + e.getMessage();
    }

    private static void lock(Connection connection) throws SQLException {
        if (query(connection, "SELECT pg_try_advisory_lock(?)")) {
            LOG.debug("Took the start-up lock at once");
            return;
        }
        LOG.info("Waiting for another node to finish starting on the same database");
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            // SET LOCAL ends with the transaction, so the pooled connection keeps no lock timeout afterwards.
            statement.execute("SET LOCAL lock_timeout = '" + MAX_WAIT.toSeconds() + "s'");
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
                lock.setLong(1, LOCK_KEY);
                lock.execute();
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
        LOG.info("Took the start-up lock after the other node started");
    }

    synchronized void release() {
        if (lockHolder == null) {
            return;
        }
        Connection connection = lockHolder;
        lockHolder = null;
        try {
            query(connection, "SELECT pg_advisory_unlock(?)");
            connection.close();
            LOG.debug("Released the start-up lock");
        } catch (SQLException e) {
            LOG.warn("Failed to release the start-up lock: closing its connection, which releases it", e);
            abort(connection);
        }
    }

    private static boolean query(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, LOCK_KEY);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void abort(Connection connection) {
        try {
            connection.abort(Runnable::run);
        } catch (SQLException e) {
            LOG.warn("Failed to abort the start-up lock's connection", e);
        }
    }
}
