package org.tierwise.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** A refusal is said in words from the driver's SQLSTATE and the column it names, never its text. */
class DatabaseRefusalTests {

    @Test
    void namesTheColumnH2SaysIsTooLong() {
        assertThat(DatabaseRefusal.words(refused(
                        "Value too long for column \"FUNDING_SOURCE CHARACTER VARYING(100)\": \"'x' (101)\"; SQL"
                                + " statement:\ninsert into deployment (funding_source) values (?) [22001-240]",
                        "22001")))
                .isEqualTo("the value of funding source is too long or too large to be stored");
    }

    @Test
    void namesTheColumnPostgresqlSaysIsMissing() {
        assertThat(DatabaseRefusal.words(refused(
                        "ERROR: null value in column \"urn\" of relation \"deployment\" violates not-null constraint",
                        "23502")))
                .isEqualTo("urn is required but was missing");
    }

    @Test
    void saysADuplicateKeyWithoutTheIndexOrValues() {
        String words = DatabaseRefusal.words(refused(
                "Unique index or primary key violation: \"PUBLIC.PRIMARY_KEY_4 ON PUBLIC.SCHOOL(URN) VALUES (1)\"",
                "23505"));
        assertThat(words).isEqualTo("a record with the same key is already stored");
    }

    @Test
    void saysLittleWhenTheDriverSaysNothingUsable() {
        assertThat(DatabaseRefusal.words(new DataIntegrityViolationException("insert into x values (?)")))
                .isEqualTo("a value could not be stored");
    }

    private static DataIntegrityViolationException refused(String message, String state) {
        return new DataIntegrityViolationException(
                "could not execute statement [" + message + "]", new SQLException(message, state));
    }
}
