package org.tierwise.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tierwise.imports.ImportReport;
import org.tierwise.imports.ImportService;
import org.tierwise.rules.RuleEngine;
import org.tierwise.tiering.TieringEvaluation;
import org.tierwise.tiering.TieringEvaluator;
import org.tierwise.tiering.TieringInput;
import org.tierwise.tiering.TieringInputs;

/**
 * The benchmark's generator at a small size: the files import and the rules tier them. Whether the
 * hand-written baseline agrees with the rules is checked by the benchmark profile only ({@link
 * TieringStep}), so a policy edit never waits for a Java edit; the build checks the rules against
 * {@code rules/expected-outcomes.csv} instead.
 */
@SpringBootTest
class BenchmarkSmokeTests {

    private static final DatasetSize SMALL = new DatasetSize(400, 4, 300);

    @Autowired
    ImportService imports;

    @Autowired
    TieringInputs inputs;

    @Autowired
    TieringEvaluator evaluator;

    @Autowired
    RuleEngine engine;

    @Test
    void theGeneratedFilesImportAndTheRulesTierEverySchool(@TempDir Path dir) throws Exception {
        List<Path> files = new SyntheticEngland(SMALL, 7).write(dir);
        List<ImportReport> reports = imports.importPath(dir);
        assertThat(reports).hasSize(files.size());
        assertThat(reports).allSatisfy(r -> assertThat(r.skipped()).as(r.file()).isEmpty());

        TieringInput input = inputs.load(null, SyntheticEngland.RESULTS_YEAR, SyntheticEngland.AS_OF);
        TieringEvaluation evaluation = evaluator.evaluate(engine.current(), input, SyntheticEngland.AS_OF);

        assertThat(evaluation.schools()).hasSizeGreaterThan(380);
    }

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedOthers(@TempDir Path dir) throws Exception {
        List<Path> first = new SyntheticEngland(SMALL, 7).write(dir.resolve("a"));
        List<Path> again = new SyntheticEngland(SMALL, 7).write(dir.resolve("b"));
        List<Path> other = new SyntheticEngland(SMALL, 8).write(dir.resolve("c"));
        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readAllBytes(again.get(i)))
                    .as(again.get(i).toString())
                    .isEqualTo(Files.readAllBytes(first.get(i)));
        }
        assertThat(Files.readString(other.get(0))).isNotEqualTo(Files.readString(first.get(0)));
    }

    @Test
    void theNationalSizeIsTwentyThousandSchoolsInOneHundredAndFiftyAuthorities() {
        assertThat(DatasetSize.national(1)).isEqualTo(new DatasetSize(20_000, 150, 50_000));
        assertThat(DatasetSize.national(0.5)).isEqualTo(new DatasetSize(10_000, 150, 25_000));
    }

    @Test
    void stepsAreChosenByKeyAndAnUnknownStepIsRefusedWithTheKnownOnes() {
        BenchmarkOptions some = BenchmarkOptions.parse(new String[] {"--steps=import, finance"});
        assertThat(some.steps()).containsExactly("import", "finance");
        assertThat(some.runs("finance")).isTrue();
        assertThat(some.runs("brokering")).isFalse();
        assertThat(some.argsFor(1)).contains("--steps=import,finance");

        BenchmarkOptions all = BenchmarkOptions.parse(new String[] {"--steps="});
        assertThat(Benchmark.steps()).allMatch(step -> all.runs(step.key()));

        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--steps=import,finances"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown step finances; steps: import,rules,tiering,brokering,finance,latency-tier,"
                        + "latency-recommendation");
    }
}
