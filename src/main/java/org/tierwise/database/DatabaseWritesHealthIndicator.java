package org.tierwise.database;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code databaseWrites} in /actuator/health: whether the database takes a write and commits it.
 * The connection check alone said UP on a full disk while every write failed (issue 15).
 */
@Component("databaseWrites")
class DatabaseWritesHealthIndicator implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(DatabaseWritesHealthIndicator.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ConnectionPool connections;

    DatabaseWritesHealthIndicator(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ObjectProvider<Clock> clock,
            ConnectionPool connections) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.connections = connections;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        try {
            transactions.executeWithoutResult(
                    status -> jdbc.sql("update health_probe set checked_at = :now where id = 1")
                            .param("now", Timestamp.from(now))
                            .update());
            return Health.up().withDetail("lastWrite", now.toString()).build();
        } catch (RuntimeException e) {
            String reference = DatabaseRefusal.newReference();
            log.error("The health check could not write to the database (reference {})", reference, e);
            if (DatabaseUnavailable.is(e)) {
                connections.renewAll();
            }
            return Health.down()
                    .withDetail(
                            "error",
                            "the database does not take writes: nothing can be saved (reference " + reference
                                    + " in the service log)")
                    .build();
        }
    }
}
