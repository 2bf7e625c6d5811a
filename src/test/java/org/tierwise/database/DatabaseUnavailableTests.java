package org.tierwise.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/** Which failures mean the database cannot work (503, connection renewed) and which are a refused request. */
class DatabaseUnavailableTests {

    @Test
    void aFullOrFailingDiskAClosedDatabaseOrNoConnectionCannotWork() {
        assertThat(DatabaseUnavailable.is(new SQLException("could not extend file", "53100")))
                .isTrue();
        assertThat(DatabaseUnavailable.is(new SQLException("terminating connection", "57P01")))
                .isTrue();
        assertThat(DatabaseUnavailable.is(new SQLException("connection refused", "08001")))
                .isTrue();
        assertThat(DatabaseUnavailable.is(new SQLException("The database has been closed", "90098", 90098)))
                .isTrue();
        assertThat(DatabaseUnavailable.is(new SQLTransientConnectionException("pool timed out")))
                .isTrue();
        assertThat(DatabaseUnavailable.is(new DataAccessResourceFailureException(
                        "wrapped", new IllegalStateException(new IOException("No space left on device")))))
                .isTrue();
    }

    @Test
    void aRefusedValueOrAMistakeInAStatementIsNotTheDatabaseBeingUnavailable() {
        assertThat(DatabaseUnavailable.is(
                        new DataIntegrityViolationException("duplicate", new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(DatabaseUnavailable.is(new SQLException("syntax error", "42601")))
                .isFalse();
        assertThat(DatabaseUnavailable.is(new SQLException("Value too long", "22001", 22001)))
                .isFalse();
        assertThat(DatabaseUnavailable.is(new IllegalStateException("no cause")))
                .isFalse();
    }

    @Test
    void thePoolClosesAConnectionThatMetADatabaseUnableToWorkAndKeepsOneThatMetARefusal() {
        EvictBrokenConnections pool = new EvictBrokenConnections();
        assertThat(pool.adjudicate(new SQLException("The database has been closed", "90098", 90098)))
                .isEqualTo(SQLExceptionOverride.Override.MUST_EVICT);
        assertThat(pool.adjudicate(new SQLException("duplicate key", "23505")))
                .isEqualTo(SQLExceptionOverride.Override.CONTINUE_EVICT);
    }
}
