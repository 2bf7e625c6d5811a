package org.tierwise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pages and API reads give their connection back: with a pool of three, three times the pool's size
 * of calls to each still answer, and no connection is left borrowed afterwards. A read that kept its
 * connection (an unclosed {@code JdbcClient} stream) would make the fourth call wait and fail.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.hikari.maximum-pool-size=3",
            "spring.datasource.hikari.connection-timeout=1000",
            "spring.datasource.hikari.leak-detection-threshold=2000"
        })
@AutoConfigureMockMvc
class ConnectionLeakTests {

    private static final int POOL = 3;

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Test
    void readsOfRuleChangesAndVersionsReturnTheirConnections() throws Exception {
        for (String path : new String[] {"/api/rules/changes", "/rules", "/api/rules/versions"}) {
            for (int i = 0; i < 3 * POOL; i++) {
                mvc.perform(get(path)).andExpect(status().isOk());
            }
        }
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
    }
}
