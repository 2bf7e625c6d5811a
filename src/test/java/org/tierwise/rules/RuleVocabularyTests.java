package org.tierwise.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierwise.rules.RuleDirs.drl;
import static org.tierwise.rules.RuleDirs.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tierwise.rules.testfacts.Item;

/**
 * A POLICY user's rule file is code the service runs: every way out of the rules' vocabulary is
 * refused when the file is compiled, before Drools sees it, at the line and column that names it.
 */
class RuleVocabularyTests {

    private final RuleSetCompiler compiler = new RuleSetCompiler();

    @TempDir
    Path dir;

    private Path marker;

    @BeforeEach
    void sampleRuleSet() {
        RuleDirs.copy("sample", dir);
        marker = dir.resolve("marker");
    }

    static List<Arguments> hostile() {
        return List.of(
                Arguments.of("exit", "then\n    System.exit(0);", "'System' is not a type rules may use"),
                Arguments.of(
                        "exit by full name",
                        "then\n    java.lang.System.exit(0);",
                        "'java.lang.System' names a type by its full name"),
                Arguments.of(
                        "exec",
                        "then\n    Runtime.getRuntime().exec(\"touch MARKER\");",
                        "'Runtime' is not a type rules may use"),
                Arguments.of(
                        "file write",
                        "then\n    java.nio.file.Files.writeString(java.nio.file.Path.of(\"MARKER\"), \"x\");",
                        "'java.nio.file.Files' names a type by its full name"),
                Arguments.of(
                        "reflection through getClass",
                        "then\n    $i.getClass().getClassLoader().loadClass(\"java.lang.Runtime\");",
                        "'.getClass' is not allowed"),
                Arguments.of(
                        "reflection through a class literal",
                        "then\n    Object c = String.class;",
                        "'.class' is not allowed"),
                Arguments.of(
                        "reflection through MVEL property access",
                        "then\n    System.out.println($i.class.classLoader);",
                        "'System' is not a type rules may use"),
                Arguments.of(
                        "reflection through a method reference",
                        "then\n    java.util.function.Function f = Object::getClass;",
                        "'java.util.function.Function' names a type by its full name"),
                Arguments.of("infinite loop", "then\n    while (true) { }", "'while' is not allowed"),
                Arguments.of("for loop", "then\n    for (;;) { }", "'for' is not allowed"),
                Arguments.of("allocation", "then\n    long[] a = new long[Integer.MAX_VALUE];", "creating arrays"),
                Arguments.of(
                        "allocation by repeat",
                        "then\n    String s = \"x\".repeat(Integer.MAX_VALUE);",
                        "'.repeat' is not allowed"),
                Arguments.of("sleep", "then\n    Thread.sleep(1000000);", "'Thread' is not a type rules may use"),
                Arguments.of(
                        "unicode escape",
                        "then\n    \\u0053ystem.exit(0);",
                        "unicode escapes (\\u...) are not allowed"),
                Arguments.of(
                        "the Drools session",
                        "then\n    drools.getKieRuntime().halt();",
                        "'drools.getKieRuntime' is not allowed"),
                Arguments.of("kcontext", "then\n    kcontext.getKieRuntime();", "'kcontext' is not allowed"),
                Arguments.of(
                        "anonymous class",
                        "then\n    Object o = new Object() { };",
                        "anonymous classes are not allowed"),
                Arguments.of("try and catch", "then\n    try { } catch (Throwable t) { }", "'try' is not allowed"),
                Arguments.of(
                        "exit in a constraint",
                        "    eval( java.lang.System.exit(0) == null )\nthen",
                        "'java.lang.System' names a type by its full name"),
                Arguments.of(
                        "exit after a modify block",
                        "then\n    modify($i) { }; System.exit(0);",
                        "'System' is not a type rules may use"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void aHostileRuleIsRefusedAtCompileTimeAndNeverRuns(String name, String code, String refusal) {
        write(
                dir,
                "flags/hostile.drl",
                drl(
                        """
                rule "Hostile" @id("H-1") @source("s")
                when
                    $i : Item()
                %s
                end
                """
                                .formatted(code.replace("MARKER", marker.toString()))));

        Compilation compilation = compiler.compile(dir);

        assertThat(compilation.succeeded()).isFalse();
        assertThat(compilation.errors()).extracting(RuleProblem::toString).anySatisfy(error -> assertThat(error)
                .startsWith("flags/hostile.drl:1")
                .contains(refusal));
        assertThat(Files.exists(marker)).isFalse();
    }

    static List<Arguments> refusedImports() {
        return List.of(
                Arguments.of("import java.lang.Runtime;", "'import java.lang.Runtime'"),
                Arguments.of("import java.nio.file.*;", "imports a whole package"),
                Arguments.of("import static java.lang.System.exit;", "'import static' is not allowed"),
                Arguments.of("import function java.lang.System.exit;", "'import function' is not allowed"),
                Arguments.of(
                        "import org.tierwise.rules.RuleSetCompiler;", "'import org.tierwise.rules.RuleSetCompiler'"),
                Arguments.of("global java.util.List list;", "'global' is not allowed"),
                Arguments.of("function void f() { }", "'function' is not allowed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedImports")
    void importsOutsideTheVocabularyAreRefused(String header, String refusal) {
        write(dir, "flags/hostile.drl", drl(header + "\n"));

        assertThat(compiler.compile(dir).errors())
                .extracting(RuleProblem::toString)
                .anySatisfy(error ->
                        assertThat(error).startsWith("flags/hostile.drl:").contains(refusal));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowed")
    void theRulesVocabularyCompilesAndRuns(String name, String code) {
        write(
                dir,
                "flags/allowed.drl",
                drl(
                        """
                import java.util.List;
                import java.math.BigDecimal;

                rule "Allowed" @id("A-1") @source("s")
                when
                    $i : Item( this != null, score > 0 )
                %s
                end
                """
                                .formatted(code)));

        Compilation compilation = compiler.compile(dir);

        assertThat(compilation.errors()).isEmpty();
        assertThat(TestRules.engine(dir)
                        .evaluate(compilation.ruleSet(), List.of(new Item("X", 50)), LocalDate.of(2025, 9, 1))
                        .firedRuleIds())
                .contains("A-1");
    }

    static List<Arguments> allowed() {
        return List.of(
                Arguments.of("collections and maths", "then\n    int n = List.of(1, 2).size() + Math.max(1, 2);"),
                Arguments.of(
                        "decimals and text", "then\n    String s = new BigDecimal(\"1.5\").toPlainString() + $i.id();"),
                Arguments.of(
                        "an explanation",
                        "then\n    insert(new Flag($i.id(), \"X\", Explanation.of(drools, \"x\")));"));
    }
}
