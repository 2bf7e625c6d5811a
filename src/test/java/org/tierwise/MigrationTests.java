package org.tierwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

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

    /**
     * V65 makes every SAFEGUARDING concern already held confidential, and V66 takes a confidential note
     * out of the tiering runs stored before, leaving the rest of each reason and every other note.
     */
    @Test
    void safeguardingNotesAreWithheldFromRunsStoredBefore() throws Exception {
        DataSource dataSource = TestDatabase.fresh("confidential-" + System.nanoTime());
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target("55")
                .load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("insert into school (urn, name, governance, phase, status, data_source)"
                        + " values (100001, 'A school', 'MAINTAINED', 'PRIMARY', 'OPEN', 'test')")
                .update();
        String lado = "LADO referral about a member of staff";
        String standard = "New headteacher from January";
        jdbc.sql("insert into local_intelligence (id, urn, kind, recorded_on, note, recorded_by, data_source)"
                        + " values (1, 100001, 'SAFEGUARDING', ?, ?, 'A. Officer', 'test'),"
                        + " (2, 100001, 'LEADERSHIP_CHANGE', ?, ?, 'A. Officer', 'test')")
                .params(LocalDate.of(2023, 6, 12), lado, LocalDate.of(2023, 6, 12), standard)
                .update();
        jdbc.sql("insert into tiering_run (id, la_code, academic_year, data_status, as_of, rule_set_digest,"
                        + " rule_set_label, input_digest, run_by, started_at, finished_at, school_count)"
                        + " values (1, 919, 2023, 'FINAL', ?, 'd', 'l', 'i', 'test', ?, ?, 1)")
                .params(
                        LocalDate.of(2023, 12, 31),
                        java.sql.Timestamp.valueOf("2023-12-31 10:00:00"),
                        java.sql.Timestamp.valueOf("2023-12-31 10:01:00"))
                .update();
        jdbc.sql("insert into tiering_detail (run_id, urn, kind, code, tier, rule_id, rule_name, reason, matched_facts)"
                        + " values (1, 100001, 'REASON', 'SAFEGUARDING_CONCERN', 'INTENSIVE', 'TIER-060', 'r', ?, ?),"
                        + " (1, 100001, 'RAISE', 'LEADERSHIP_CHANGE', null, 'TIER-061', 'r', ?, ?)")
                .params(
                        "Safeguarding concern recorded on 2023-06-12: " + lado,
                        "Concern: URN: 100001; note: " + lado,
                        "Leadership change recorded on 2023-06-12: " + standard,
                        "Concern: URN: 100001; note: " + standard)
                .update();

        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();

        assertThat(jdbc.sql("select confidentiality from local_intelligence order by id")
                        .query(String.class)
                        .list())
                .containsExactly("SAFEGUARDING", "STANDARD");
        List<String> stored = jdbc.sql("select reason || ' | ' || matched_facts from tiering_detail order by rule_id")
                .query(String.class)
                .list();
        assertThat(stored.get(0))
                .doesNotContain(lado)
                .isEqualTo("Safeguarding concern recorded on 2023-06-12: [confidential safeguarding note withheld]"
                        + " | Concern: URN: 100001; note: [confidential safeguarding note withheld]");
        assertThat(stored.get(1)).contains(standard);
    }

    /**
     * V50_1 and V50_2 start each id sequence a whole block past the ids a database already holds (Hibernate
     * takes a value read as the top of a block of 50), and an insert naming no id is refused.
     */
    @Test
    void idSequencesStartPastTheStoredIds() throws Exception {
        DataSource dataSource = TestDatabase.fresh("sequences-" + System.nanoTime());
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target("40")
                .load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("insert into school (urn, name, governance, phase, status, data_source)"
                        + " values (100001, 'A school', 'MAINTAINED', 'PRIMARY', 'OPEN', 'test')")
                .update();
        for (int year = 2010; year < 2013; year++) {
            jdbc.sql("insert into inspection (urn, inspection_date, category_of_concern, data_source)"
                            + " values (100001, ?, 'NONE', 'test')")
                    .param(LocalDate.of(year, 1, 1))
                    .update();
        }
        long highest =
                jdbc.sql("select max(id) from inspection").query(Long.class).single();

        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();

        try (Connection c = dataSource.getConnection();
                PreparedStatement sequences = c.prepareStatement("select lower(sequence_name), start_value, increment"
                        + " from information_schema.sequences where lower(sequence_schema) = lower(?)")) {
            sequences.setString(1, c.getSchema());
            Map<String, long[]> found = new HashMap<>();
            try (ResultSet rs = sequences.executeQuery()) {
                while (rs.next()) {
                    found.put(
                            rs.getString(1),
                            new long[] {Long.parseLong(rs.getString(2)), Long.parseLong(rs.getString(3))});
                }
            }
            assertThat(found.get("inspection_seq")).containsExactly(highest + 50, 50);
            assertThat(found.get("ks2_result_seq")).containsExactly(50, 50);
            assertThat(found)
                    .containsKeys(
                            "ks4_result_seq",
                            "local_intelligence_seq",
                            "finance_fund_seq",
                            "finance_spend_item_seq",
                            "finance_approval_seq",
                            "finance_reserve_policy_seq",
                            "finance_flag_seq");
        }
        assertThatThrownBy(() -> jdbc.sql("insert into inspection (urn, inspection_date, category_of_concern,"
                                + " data_source) values (100001, DATE '2013-01-01', 'NONE', 'test')")
                        .update())
                .as("an insert naming no id takes none from the old identity")
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
