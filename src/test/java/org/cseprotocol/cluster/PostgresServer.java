package org.cseprotocol.cluster;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL 14 server for one test class, in which each test that needs an empty database creates
 * its own. The server listens on a free port of the loopback interface only.
 */
final class PostgresServer implements AutoCloseable {

    static final String USER = "postgres";

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static PostgresServer start() throws IOException {
        return new PostgresServer(EmbeddedPostgres.builder().setServerConfig("listen_addresses", "localhost").start());
    }

    /** Creates an empty database and returns its name. */
    String createDatabase() {
        String name = "cse_" + DATABASES.incrementAndGet();
        new JdbcTemplate(postgres.getPostgresDatabase()).execute("CREATE DATABASE " + name);
        return name;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    /** Returns a data source on the database, for checks that bypass the application. */
    DataSource dataSource(String database) {
        return postgres.getDatabase(USER, database);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
