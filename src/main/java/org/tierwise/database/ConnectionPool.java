package org.tierwise.database;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The service's connections, renewed after the database could not work: each idle one is closed and
 * each in use is closed when given back, so no request after the database recovers meets a
 * connection to the database as it was when it failed (H2 closes its database after a failed
 * write; every connection open then stays broken).
 */
@Component
public class ConnectionPool {

    private final DataSource dataSource;

    ConnectionPool(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Closes every connection as soon as it is not in use; new ones are opened as requests need them. */
    public void renewAll() {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariPoolMXBean pool =
                        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
                if (pool != null) {
                    pool.softEvictConnections();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the connection pool could not be reached", e);
        }
    }
}
