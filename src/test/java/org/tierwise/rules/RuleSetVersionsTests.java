package org.tierwise.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tierwise.TestDatabase;

/** The rule-set history is read without holding on to a database connection. */
class RuleSetVersionsTests {

    private HikariDataSource pool;
    private RuleSetVersions versions;

    @BeforeEach
    void smallPool() {
        pool = new HikariDataSource();
        pool.setDataSource(TestDatabase.fresh("versions-" + UUID.randomUUID()));
        pool.setMaximumPoolSize(2);
        // A leaked connection makes the third query wait this long and fail, rather than hang.
        pool.setConnectionTimeout(500);
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(pool);
        for (int i = 1; i <= 5; i++) {
            jdbc.sql("INSERT INTO rule_set_version (digest, version_label, rule_count, activated_at, activated_by)"
                            + " VALUES (?, ?, 3, CURRENT_TIMESTAMP, 'tester')")
                    .params("digest-" + i, "label-" + i)
                    .update();
        }
        versions = new RuleSetVersions(jdbc);
    }

    @AfterEach
    void closePool() {
        pool.close();
    }

    @Test
    void historyGivesTheNewestFirstUpToTheLimit() {
        assertThat(versions.history(3))
                .extracting(RuleSetVersions.Activation::digest)
                .containsExactly("digest-5", "digest-4", "digest-3");
        assertThat(versions.history(100)).hasSize(5);
        assertThat(versions.history(0)).isEmpty();
    }

    @Test
    void historyReturnsItsConnectionToThePool() {
        // Ten times the pool's size: a query that kept its connection would exhaust the pool.
        for (int i = 0; i < 20; i++) {
            assertThat(versions.history(1)).hasSize(1);
        }
        assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
    }
}
