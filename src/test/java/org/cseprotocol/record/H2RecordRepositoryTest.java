package org.cseprotocol.record;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;

/** Runs the record tests on H2, the database of the default profile. */
class H2RecordRepositoryTest extends RecordRepositoryContract {

    private static JdbcDataSource dataSource;

    @BeforeAll
    static void createDatabase() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:record-test;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        migrate(dataSource);
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
