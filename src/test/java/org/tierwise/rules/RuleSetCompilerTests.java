package org.tierwise.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierwise.rules.RuleDirs.drl;
import static org.tierwise.rules.RuleDirs.write;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetCompilerTests {

    private static final String GOOD_RULE =
            """
            rule "An item scoring 90 or more is flagged high"
                @id("T-002") @source("Test policy, para 2")
            when
                $i : Item( score >= 90 )
            then
                insert(new Flag($i.id(), "HIGH", Explanation.of(drools, "high")));
            end
            """;

    private final RuleSetCompiler compiler = new RuleSetCompiler();

    @TempDir
    Path dir;

    @BeforeEach
    void sampleRuleSet() {
        RuleDirs.copy("sample", dir);
    }

    @Test
    void compilesSampleRuleSetIntoCatalogue() {
        Compilation compilation = compiler.compile(dir);

        assertThat(compilation.problems()).isEmpty();
        assertThat(compilation.ruleSet().rules())
                .containsExactly(
                        new RuleInfo(
                                "T-001",
                                "An item scoring below the floor is flagged low",
                                "flags",
                                "flags/scores.drl",
                                14,
                                "Test policy, para 1",
                                "10",
                                "2016-09-01"),
                        new RuleInfo(
                                "T-002",
                                "An item scoring 90 or more is flagged high",
                                "flags",
                                "flags/scores.drl",
                                26,
                                "Test policy, para 2",
                                null,
                                null));
        assertThat(compilation.ruleSet().parameters()).hasSize(2);
    }

    @Test
    void reportsSyntaxErrorWithFileLineAndColumn() {
        write(
                dir,
                "flags/broken.drl",
                drl(
                        """
                rule "Broken" @id("B-1") @source("s")
                when
                    $i : Item( score > )
                then
                end
                """));

        assertThat(compiler.compile(dir).errors())
                .extracting(RuleProblem::toString)
                .anySatisfy(error -> assertThat(error).startsWith("flags/broken.drl:11:24 "));
    }

    @Test
    void reportsUnknownFactTypeAtItsLine() {
        write(
                dir,
                "flags/broken.drl",
                drl(
                        """
                rule "Unknown type" @id("B-1") @source("s")
                when
                    $i : Itemz( score > 3 )
                then
                end
                """));

        assertThat(compiler.compile(dir).errors())
                .extracting(RuleProblem::toString)
                .containsExactly(
                        "flags/broken.drl:11:10 unknown fact type 'Itemz' (is it spelled right and imported?)");
    }

    @Test
    void reportsUnknownFieldAtItsLine() {
        write(
                dir,
                "flags/broken.drl",
                drl(
                        """
                rule "Unknown field" @id("B-1") @source("s")
                when

                    $i : Item( scor > 3 )
                then
                end
                """));

        assertThat(compiler.compile(dir).errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("flags/broken.drl");
            assertThat(error.line()).isEqualTo(12);
            assertThat(error.message()).contains("unknown field 'scor' of Item");
        });
    }

    @Test
    void reportsMetadataPlacedAfterAttributes() {
        write(
                dir,
                "flags/late.drl",
                drl(
                        """
                rule "Late metadata"
                    salience 10 @id("L-1") @source("s")
                when
                    $i : Item()
                then
                end
                """));

        assertThat(compiler.compile(dir).errors())
                .extracting(RuleProblem::toString)
                .contains("flags/late.drl:10:17 metadata @id comes after an attribute such as salience;"
                        + " write all @metadata first, then the attributes");
    }

    @Test
    void reportsDuplicateIdNamingTheFirstUse() {
        write(dir, "flags/again.drl", drl(GOOD_RULE.replace("flagged high", "flagged very high")));

        assertThat(compiler.compile(dir).errors())
                .extracting(RuleProblem::toString)
                .containsExactly("flags/scores.drl:26:0 rule \"An item scoring 90 or more is flagged high\""
                        + " reuses @id(\"T-002\") of rule \"An item scoring 90 or more is flagged very high\""
                        + " at flags/again.drl:9; ids are never reused");
    }

    @Test
    void reportsRuleWithoutIdOrSource() {
        write(
                dir,
                "flags/bare.drl",
                drl(
                        """
                rule "Bare"
                when
                    $i : Item()
                then
                end
                """));

        assertThat(compiler.compile(dir).errors())
                .extracting(RuleProblem::toString)
                .containsExactly(
                        "flags/bare.drl:9:0 rule \"Bare\" has no @id, e.g. @id(\"TIER-010\") after its name",
                        "flags/bare.drl:9:0 rule \"Bare\" has no @source: name the policy document and paragraph it comes from");
    }

    @Test
    void warnsAboutRuleFileWithoutCasesFile() {
        write(dir, "flags/other.drl", drl(GOOD_RULE.replace("T-002", "T-003").replace("high", "higher")));

        Compilation compilation = compiler.compile(dir);

        assertThat(compilation.succeeded()).isTrue();
        assertThat(compilation.warnings())
                .extracting(RuleProblem::toString)
                .containsExactly("flags/other.drl:0:0 warning: no cases file: write flags/other.cases.yaml"
                        + " with a case where each rule fires and one where it must not");
    }

    @Test
    void reportsPackageThatDoesNotMatchItsFolder() {
        write(
                dir,
                "other/misplaced.drl",
                drl(GOOD_RULE.replace("T-002", "T-003").replace("high", "higher")));

        assertThat(compiler.compile(dir).errors())
                .extracting(RuleProblem::toString)
                .containsExactly(
                        "other/misplaced.drl:1:9 package flags does not match its folder: write 'package other;'");
    }

    @Test
    void reportsBadParameterAtItsLine() {
        write(
                dir,
                "parameters/more.yaml",
                """
                - {name: a, value: 1, source: x}
                - name: b
                  value: lots
                  source: y
                """);

        assertThat(compiler.compile(dir).errors())
                .extracting(RuleProblem::toString)
                .containsExactly(
                        "parameters/more.yaml:2:0 parameter b: value 'lots' is not a number; use text: for words");
    }

    @Test
    void reportsMalformedParameterYamlAtItsLine() {
        write(dir, "parameters/more.yaml", "- {name: a, value: 1, source: x}\n- {name: b\n");

        assertThat(compiler.compile(dir).errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("parameters/more.yaml");
            assertThat(error.line()).isGreaterThanOrEqualTo(2);
            assertThat(error.message()).startsWith("not valid YAML");
        });
    }

    @Test
    void versionChangesWithContentOnly() {
        RuleSetVersion first = compiler.compile(dir).version();
        RuleSetVersion same = compiler.compile(dir).version();
        write(dir, "flags/scores.drl", RuleDirs.read(dir.resolve("flags/scores.drl")) + "\n// edited\n");

        assertThat(same.digest()).isEqualTo(first.digest());
        assertThat(compiler.compile(dir).version().digest()).isNotEqualTo(first.digest());
    }

    @Test
    void compilesEmptyDirectoryToEmptyRuleSet(@TempDir Path empty) {
        Compilation compilation = compiler.compile(empty);

        assertThat(compilation.succeeded()).isTrue();
        assertThat(compilation.ruleSet().rules()).isEmpty();
    }
}
