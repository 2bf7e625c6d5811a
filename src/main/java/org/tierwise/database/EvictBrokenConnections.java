package org.tierwise.database;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * Tells the connection pool to close a connection that met a database unable to work, so that the
 * next request opens a new one: H2 closes its database after a failed write, and its "database is
 * closed" is not among the states Hikari evicts on, so every later request failed on the same dead
 * connections even after disk space returned (issue 15). Named by
 * {@code spring.datasource.hikari.exception-override-class-name}.
 */
public class EvictBrokenConnections implements SQLExceptionOverride {

    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException e) {
        return DatabaseUnavailable.means(e)
                ? SQLExceptionOverride.Override.MUST_EVICT
                : SQLExceptionOverride.Override.CONTINUE_EVICT;
    }
}
