package org.tierwise.tiering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tierwise.RulesCopy;
import org.tierwise.TierwiseApplication;
import org.tierwise.rules.RuleEvaluationException;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.DataStatus;

/** Runs are all or nothing, and a completed run is still there after the service restarts on its H2 file. */
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
        try (ConfigurableApplicationContext service = start(rules)) {
            runId = service.getBean(TieringRun.class).run(request(), "test").id();
            before = service.getBean(TieringRunStore.class).results(runId);
        }
        try (ConfigurableApplicationContext restarted = start(rules)) {
            TieringRunStore store = restarted.getBean(TieringRunStore.class);
            assertThat(store.runs()).extracting(RunRecord::id).containsExactly(runId);
            assertThat(store.results(runId)).isEqualTo(before).hasSizeGreaterThan(450);
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
