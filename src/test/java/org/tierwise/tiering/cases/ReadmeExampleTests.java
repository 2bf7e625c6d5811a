package org.tierwise.tiering.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierwise.rules.RuleDirs;
import org.tierwise.rules.RuleSetCompiler;
import org.tierwise.rules.TestRules;
import org.tierwise.rules.cases.CaseExpectation;
import org.tierwise.rules.cases.CaseFacts;
import org.tierwise.rules.cases.CaseResult;
import org.tierwise.rules.cases.CaseRunner;
import org.tierwise.rules.cases.CasesCheck;
import org.tierwise.rules.cases.CasesReport;

/**
 * The example of {@code rules/README.md} is a real rule set ({@code rulesets/readme}): it compiles
 * with cases required, its cases pass with the tiering feature's given and expect keys, and the
 * README quotes its files word for word, so the example cannot drift from what the build runs.
 */
class ReadmeExampleTests {

    private static final Path README = Path.of("rules/README.md");
    private static final List<String> QUOTED =
            List.of("tiering/floor.drl", "tiering/floor.cases.yaml", "parameters/floor.yaml");

    @TempDir
    Path dir;

    private CaseRunner runner;

    @BeforeEach
    void readmeRuleSet() {
        RuleDirs.copy("readme", dir);
        TieringCaseFacts givens = new TieringCaseFacts();
        TieringCaseExpectations expectations = new TieringCaseExpectations();
        List<CaseFacts> given = List.of(
                givens.schoolsGiven(),
                givens.ks2Given(),
                givens.ks4Given(),
                givens.concernsGiven(),
                givens.inspectionsGiven(),
                givens.yearGiven());
        List<CaseExpectation> expected = List.of(
                expectations.tierExpected(),
                expectations.reasonsExpected(),
                expectations.needsExpected(),
                expectations.actionsExpected(),
                expectations.missingExpected());
        runner = new CaseRunner(
                new RuleSetCompiler(true, List.of(new CasesCheck(given, expected))),
                TestRules.engine(dir),
                given,
                expected);
    }

    @Test
    void theReadmeExampleCompilesWithCasesRequiredAndItsCasesPass() {
        CasesReport report = runner.run(dir);

        assertThat(report.problems()).isEmpty();
        assertThat(report.cases()).hasSize(3).allSatisfy(result -> assertThat(result.differences())
                .as(result.name())
                .isEmpty());
        assertThat(report.passed()).isTrue();
    }

    @Test
    void theReadmeExampleFailsWhenTheFloorItTestsIsChanged() throws Exception {
        Path parameters = dir.resolve("parameters/floor.yaml");
        Files.writeString(
                parameters,
                Files.readString(parameters).replace("value: 65, validFrom: 2016", "value: 40, validFrom: 2016"));

        CasesReport report = runner.run(dir);

        assertThat(report.passed()).isFalse();
        assertThat(report.cases())
                .filteredOn(result -> !result.passed())
                .extracting(CaseResult::name)
                .containsExactly(
                        "In 2019, a primary with 48% at the expected standard is below the floor and needs targeted"
                                + " support");
    }

    @Test
    void aMisspeltFieldInTheExampleIsTheErrorTheReadmeShows() throws Exception {
        Path cases = dir.resolve("tiering/floor.cases.yaml");
        Files.writeString(cases, Files.readString(cases).replaceFirst("phase: PRIMARY", "phse: PRIMARY"));

        CasesReport report = runner.run(dir);

        assertThat(report.passed()).isFalse();
        String error = report.problems().get(0).toString();
        assertThat(error)
                .startsWith("tiering/floor.cases.yaml:4:31 unknown field 'phse' in schools entry 1 (allowed: ageHigh,")
                .contains(" phase, ");
        assertThat(Files.readString(README)).contains(error.substring(0, error.indexOf("(allowed:")));
    }

    @Test
    void theReadmeQuotesEachFileOfTheExampleWordForWord() throws Exception {
        String readme = Files.readString(README);
        for (String file : QUOTED) {
            String content = Files.readString(Path.of("src/test/resources/rulesets/readme", file));
            assertThat(readme).as("rules/README.md quotes %s", file).contains(content);
        }
    }
}
