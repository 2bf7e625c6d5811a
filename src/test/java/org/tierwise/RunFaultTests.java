package org.tierwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.DataStatus;
import org.tierwise.tiering.TieringJobs;
import org.tierwise.tiering.TieringRun;

/**
 * Faulty rules during runs: a rule that keeps firing or throws stops the run, which reports the rule
 * by id and stores nothing (every run table compared before and after); the service goes on
 * answering, and once the rule is put right the next run succeeds.
 */
@SpringBootTest(
        properties = {
            "tierwise.fixtures.load-on-empty=true",
            "spring.datasource.url=jdbc:h2:mem:RunFaultTests;DB_CLOSE_DELAY=-1"
        })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunFaultTests {

    private static final Path RULES = RulesCopy.of("tierwise-fault-rules");
    private static final String THROWS = "if (true) { throw new IllegalStateException(\"broken on purpose\"); }";
    private static final String TIERING_RUN = "{\"la\":919,\"academicYear\":\"2018-19\"}";

    @DynamicPropertySource
    static void rulesCopy(DynamicPropertyRegistry registry) {
        registry.add("tierwise.rules.dir", RULES::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TieringJobs jobs;

    @Autowired
    JdbcClient jdbc;

    private final java.util.Map<Path, String> originals = new java.util.HashMap<>();

    @BeforeAll
    void aCompletedTieringRunAndBrokeringRunAndFinanceCheck() throws Exception {
        mvc.perform(post("/api/tiering/runs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TIERING_RUN))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/brokering/runs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/finance/checks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isCreated());
    }

    @AfterEach
    void putTheRulesRight() throws Exception {
        for (var original : originals.entrySet()) {
            Files.writeString(original.getKey(), original.getValue());
        }
        originals.clear();
        mvc.perform(post("/api/rules/reload")).andExpect(status().isOk());
    }

    @Test
    void aTieringRuleThatKeepsFiringStopsTheRunNamingItAndStoresNothing() throws Exception {
        sabotage("tiering/ofsted.drl", "TIER-004", "update($s);");

        DatabaseSnapshot before = runTables();
        mvc.perform(post("/api/tiering/runs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TIERING_RUN))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.title").value("A rule failed"))
                .andExpect(jsonPath("$.ruleId").value("TIER-004"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("kept firing")));

        assertThat(before.differences(runTables())).isEmpty();
        stillServesTheCompletedRuns();
        aRunSucceedsOnceTheRulesArePutRight();
    }

    @Test
    void aTieringRuleThatThrowsStopsTheRunNamingItAndStoresNothing() throws Exception {
        sabotage("tiering/ofsted.drl", "TIER-004", THROWS);

        DatabaseSnapshot before = runTables();
        mvc.perform(post("/api/tiering/runs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TIERING_RUN))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.ruleId").value("TIER-004"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("broken on purpose")));

        assertThat(before.differences(runTables())).isEmpty();
        stillServesTheCompletedRuns();
        aRunSucceedsOnceTheRulesArePutRight();
    }

    @Test
    void aRunStartedFromThePagesThatFailsIsMarkedFailedNamingTheRule() throws Exception {
        sabotage("tiering/ofsted.drl", "TIER-004", THROWS);
        DatabaseSnapshot before = runTables();

        long id = jobs.start(new TieringRun.Request(919, new AcademicYear(2019), DataStatus.FINAL, null), "faults");
        TieringJobs.Job job = jobs.job(id).orElseThrow();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!job.finished() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            job = jobs.job(id).orElseThrow();
        }

        assertThat(job.state()).isEqualTo("Failed");
        assertThat(job.runId()).isNull();
        assertThat(job.error()).contains("TIER-004").contains("broken on purpose");
        assertThat(before.differences(runTables())).isEmpty();
    }

    @Test
    void aBrokeringRuleThatThrowsStopsTheRunNamingItAndStoresNothing() throws Exception {
        sabotage("brokering/eligibility.drl", "BROKER-029", THROWS);

        DatabaseSnapshot before = runTables();
        mvc.perform(post("/api/brokering/runs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.ruleId").value("BROKER-029"));

        assertThat(before.differences(runTables())).isEmpty();
        stillServesTheCompletedRuns();
    }

    @Test
    void aFinanceRuleThatThrowsStopsTheCheckNamingItAndStoresNothing() throws Exception {
        sabotage("finance/vat.drl", "FIN-015", THROWS);

        DatabaseSnapshot before = runTables();
        mvc.perform(post("/api/finance/checks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.ruleId").value("FIN-015"));

        assertThat(before.differences(runTables())).isEmpty();
        mvc.perform(get("/api/finance/flags")).andExpect(status().isOk());
    }

    private void stillServesTheCompletedRuns() throws Exception {
        long latest =
                jdbc.sql("SELECT MAX(id) FROM tiering_run").query(Long.class).single();
        mvc.perform(get("/api/tiering/runs/" + latest)).andExpect(status().isOk());
        mvc.perform(get("/api/schools/117083/tier"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.runId").value(latest));
        mvc.perform(get("/api/brokering/runs/1")).andExpect(status().isOk());
    }

    private void aRunSucceedsOnceTheRulesArePutRight() throws Exception {
        putTheRulesRight();
        mvc.perform(post("/api/tiering/runs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TIERING_RUN))
                .andExpect(status().isCreated());
    }

    /** Every table a tiering, brokering or finance run writes. */
    private DatabaseSnapshot runTables() {
        return DatabaseSnapshot.of(
                dataSource,
                table -> table.startsWith("tiering_")
                        || table.startsWith("brokering_")
                        || table.startsWith("finance_check")
                        || table.equals("finance_flag")
                        || table.equals("rule_fire_count"));
    }

    /** Puts {@code statement} first in the consequence of rule {@code ruleId}, and makes it live. */
    private void sabotage(String file, String ruleId, String statement) throws Exception {
        Path drl = RULES.resolve(file);
        String text = Files.readString(drl);
        originals.putIfAbsent(drl, text);
        int rule = text.indexOf("@id(\"" + ruleId + "\")");
        int then = text.indexOf("\nthen\n", rule) + "\nthen\n".length();
        assertThat(rule).as(ruleId + " in " + file).isNotNegative();
        Files.writeString(drl, text.substring(0, then) + "    " + statement + "\n" + text.substring(then));
        mvc.perform(post("/api/rules/reload"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changed").value(true));
    }
}
