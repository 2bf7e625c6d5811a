package org.tierwise;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The Flyway migrations build the whole schema from an empty database (H2, or PostgreSQL with -Ppostgres). */
class MigrationTests {

    @Test
    void buildTheSchemaFromEmpty() throws Exception {
        DataSource dataSource = TestDatabase.fresh("migrations-" + System.nanoTime());
        var result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(1);
        assertThat(result.success).isTrue();
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), null, new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase());
            }
        }
        assertThat(tables).contains("school", "inspection", "ks2_result", "ks4_result", "local_intelligence");
    }
}
