package org.cseprotocol.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application's Flyway migrations under {@code db/migration}, with the settings of application.yaml. */
final class Migrations {

    static final String HISTORY_TABLE = "cse_schema_history";

    private Migrations() {
    }

    /** Returns the versions of the migration files, in the order Flyway applies them. */
    static List<String> versions() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath:db/migration/V*__*.sql");
            return Arrays.stream(files)
                    .map(file -> file.getFilename().substring(1, file.getFilename().indexOf("__")))
                    .sorted(Comparator.comparingInt(Integer::parseInt))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to list the migrations under db/migration", e);
        }
    }

    /** Returns the versions in the history table of the migrations that ran and succeeded, in the order they ran. */
    static List<String> applied(DataSource dataSource) {
        return new JdbcTemplate(dataSource).queryForList("SELECT version FROM " + HISTORY_TABLE
                + " WHERE success AND type <> 'BASELINE' ORDER BY installed_rank", String.class);
    }

    /**
     * Returns the versions of the baseline rows in the history table. Flyway baselines a database that has tables
     * but no history, as it finds it when the engine has created its tables first.
     */
    static List<String> baselines(DataSource dataSource) {
        return new JdbcTemplate(dataSource).queryForList("SELECT version FROM " + HISTORY_TABLE
                + " WHERE type = 'BASELINE'", String.class);
    }

    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }
}
