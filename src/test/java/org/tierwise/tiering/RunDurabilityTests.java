package org.tierwise.tiering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tierwise.DatabaseSnapshot;
import org.tierwise.RulesCopy;
import org.tierwise.TierwiseApplication;
import org.tierwise.brokering.BrokeringRun;
import org.tierwise.finance.FinanceCheck;
import org.tierwise.finance.FinanceCheckScope;
import org.tierwise.rules.RuleEvaluationException;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.DataStatus;

/**
 * Runs are all or nothing, and every completed run (tiering, brokering, finance) is still there, row
 * for row, after the service restarts on its H2 file.
 */
class RunDurabilityTests {

    @TempDir
    Path data;

    @Test
    void aRunWhoseRuleFailsStoresNothingAndTheServiceKeepsServing() throws Exception {
        Path rules = RulesCopy.of("tierwise-failing-rules");
        Path drl = rules.resolve("tiering/ofsted.drl");
        // A consequence that throws for one school: the run must stop and store nothing.
        Files.writeString(
                drl,
                Files.readString(drl)
                        .replace(
                                "insert(new TierReason($s.urn(), Tier.TARGETED, \"REQUIRES_IMPROVEMENT\"",
                                "if ($s.urn() > 0) { throw new IllegalStateException(\"broken rule\"); }\n"
                                        + "    insert(new TierReason($s.urn(), Tier.TARGETED, \"REQUIRES_IMPROVEMENT\""));
        try (ConfigurableApplicationContext service = start(rules)) {
            TieringRun tiering = service.getBean(TieringRun.class);
            TieringRunStore store = service.getBean(TieringRunStore.class);
            assertThatThrownBy(() -> tiering.run(request(), "test"))
                    .isInstanceOf(RuleEvaluationException.class)
                    .hasMessageContaining("TIER-004")
                    .hasMessageContaining("broken rule");
            assertThat(store.runs()).isEmpty();
        }
    }

    @Test
    void completedRunsAreIntactAfterARestart() {
        Path rules = RulesCopy.of("tierwise-restart-rules");
        long runId;
        List<StoredTier> before;
        DatabaseSnapshot everything;
        try (ConfigurableApplicationContext service = start(rules)) {
            runId = service.getBean(TieringRun.class).run(request(), "test").id();
            before = service.getBean(TieringRunStore.class).results(runId);
            service.getBean(BrokeringRun.class).run(runId, "test");
            service.getBean(FinanceCheck.class).run(FinanceCheckScope.all(), LocalDate.of(2019, 12, 31));
            everything = DatabaseSnapshot.of(service.getBean(DataSource.class));
        }
        try (ConfigurableApplicationContext restarted = start(rules)) {
            TieringRunStore store = restarted.getBean(TieringRunStore.class);
            assertThat(store.runs()).extracting(RunRecord::id).containsExactly(runId);
            assertThat(store.results(runId)).isEqualTo(before).hasSizeGreaterThan(450);
            // Every row of every table, brokering and finance runs included, as it was.
            DatabaseSnapshot afterRestart = DatabaseSnapshot.of(restarted.getBean(DataSource.class));
            assertThat(everything.differences(afterRestart)).isEmpty();
            assertThat(everything.tables())
                    .containsKeys("tiering_result", "brokering_run", "brokering_candidate", "finance_check_run");
            assertThat(everything.tables().get("brokering_run").rows()).isEqualTo(1);
            assertThat(everything.tables().get("finance_check_run").rows()).isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start(Path rules) {
        return new SpringApplicationBuilder(TierwiseApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--spring.datasource.url=jdbc:h2:file:"
                                + data.resolve("tierwise").toAbsolutePath(),
                        "--tierwise.rules.dir=" + rules,
                        "--tierwise.fixtures.load-on-empty=true");
    }

    private static TieringRun.Request request() {
        return new TieringRun.Request(919, new AcademicYear(2019), DataStatus.FINAL, null);
    }
}
