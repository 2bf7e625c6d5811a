package org.tierwise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

@SpringBootTest
class TierwiseApplicationTests {

    @Autowired
    ApplicationContext context;

    @Test
    void contextStartsOnTheTestDatabase() {
        assertThat(context.getEnvironment().getProperty("spring.datasource.url"))
                .startsWith(TestDatabase.isPostgres() ? "jdbc:postgresql:" : "jdbc:h2:");
    }
}
