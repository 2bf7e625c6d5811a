package org.tierwise.tiering.expected;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tierwise.RulesCopy;

/**
 * The build checks the rules against {@code rules/expected-outcomes.csv}, and a policy change needs
 * only the DRL edit and the regenerated file (issue 19): no Java copy of the rules to keep in step.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:ExpectedOutcomesTests;DB_CLOSE_DELAY=-1")
class ExpectedOutcomesTests {

    @Autowired
    ExpectedOutcomesCommand command;

    @Test
    void theRulesGiveTheExpectedOutcomeForEveryFixtureSchool() throws Exception {
        Printed compared = run();

        assertThat(compared.exit())
                .as(
                        "rules/expected-outcomes.csv is what the rules give for the fixtures; if a rule change is"
                                + " meant, run expected-outcomes --write and review the diff:\n%s",
                        compared.text())
                .isZero();
        assertThat(compared.text()).contains("the rules give the expected outcome for all");
        List<String> rows = Files.readAllLines(Path.of("rules", ExpectedOutcomes.FILE));
        assertThat(rows.get(0)).isEqualTo("urn,name,tier,reasons,rules");
        assertThat(rows).hasSizeGreaterThan(900);
    }

    @Test
    void aTierChangingRuleEditFailsTheComparisonUntilTheFileIsRegeneratedWithNoJavaChange() throws Exception {
        Path rules = RulesCopy.of("expected-outcomes");
        Path ofsted = rules.resolve("tiering/ofsted.drl");
        String drl = Files.readString(ofsted);
        String edited = drl.replace(
                "new TierReason($s.urn(), Tier.TARGETED, \"REQUIRES_IMPROVEMENT\"",
                "new TierReason($s.urn(), Tier.INTENSIVE, \"REQUIRES_IMPROVEMENT\"");
        assertThat(edited).as("the edit applies to ofsted.drl").isNotEqualTo(drl);
        Files.writeString(ofsted, edited);
        Path file = rules.resolve(ExpectedOutcomes.FILE);
        String before = Files.readString(file);

        Printed stale = run("--rules", rules.toString());
        assertThat(stale.exit()).as(stale.text()).isEqualTo(1);
        assertThat(stale.text())
                .contains("--- " + file)
                .containsPattern("(?m)^-\\d+,.*,TARGETED,.*REQUIRES_IMPROVEMENT")
                .containsPattern("(?m)^\\+\\d+,.*,INTENSIVE,.*REQUIRES_IMPROVEMENT")
                .contains("run expected-outcomes --write --rules " + rules);

        Printed written = run("--write", "--rules=" + rules);
        assertThat(written.exit()).as(written.text()).isZero();
        assertThat(Files.readString(file)).isNotEqualTo(before);

        Printed fresh = run("--rules", rules.toString());
        assertThat(fresh.exit()).as(fresh.text()).isZero();
        assertThat(Files.readString(Path.of("rules", ExpectedOutcomes.FILE)))
                .as("the project's own file is untouched")
                .isEqualTo(before);
    }

    @Test
    void anUnknownArgumentIsRefusedWithTheUsage() throws Exception {
        Printed refused = run("--rule", "x");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.text()).contains("unknown argument '--rule'; usage: expected-outcomes [--write]");
    }

    private Printed run(String... args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            exit = command.run(List.of(args), out);
        }
        return new Printed(exit, bytes.toString(StandardCharsets.UTF_8));
    }

    private record Printed(int exit, String text) {}
}
