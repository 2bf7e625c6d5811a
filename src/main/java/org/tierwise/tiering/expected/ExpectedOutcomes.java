package org.tierwise.tiering.expected;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tierwise.imports.ImportService;
import org.tierwise.rules.Compilation;
import org.tierwise.rules.Explanation;
import org.tierwise.rules.RuleCompilationException;
import org.tierwise.rules.RuleSetCompiler;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.SchoolRepository;
import org.tierwise.tiering.SchoolTiering;
import org.tierwise.tiering.TierReason;
import org.tierwise.tiering.TieringEvaluation;
import org.tierwise.tiering.TieringEvaluator;
import org.tierwise.tiering.TieringInput;
import org.tierwise.tiering.TieringInputs;

/**
 * What the rules decide for every fixture school in the fixture run (every authority, 2018-19, as
 * of 31 December 2019, as the first start's data is tiered): one CSV row per school with its tier,
 * its reason codes and the rules that fired. The file {@code expected-outcomes.csv} in the rules
 * directory keeps the reviewed answer, so a policy change shows as a diff of that file, never as a
 * Java edit.
 */
@Component
public class ExpectedOutcomes {

    /** The file's name, in the rules directory. */
    public static final String FILE = "expected-outcomes.csv";

    /** The fixture run: the results year the fixtures are complete for, and the date it is decided on. */
    public static final AcademicYear YEAR = new AcademicYear(2019);

    public static final LocalDate AS_OF = LocalDate.of(2019, 12, 31);

    static final String[] HEADER = {"urn", "name", "tier", "reasons", "rules"};

    private final ImportService imports;
    private final SchoolRepository schools;
    private final TieringInputs inputs;
    private final TieringEvaluator evaluator;
    private final RuleSetCompiler compiler;
    private final Path fixtures;
    private final AtomicBoolean imported = new AtomicBoolean();

    ExpectedOutcomes(
            ImportService imports,
            SchoolRepository schools,
            TieringInputs inputs,
            TieringEvaluator evaluator,
            RuleSetCompiler compiler,
            @Value("${tierwise.fixtures.dir}") Path fixtures) {
        this.imports = imports;
        this.schools = schools;
        this.inputs = inputs;
        this.evaluator = evaluator;
        this.compiler = compiler;
        this.fixtures = fixtures;
    }

    /**
     * The CSV text the rules in {@code rulesDir} give for the fixtures, imported into this
     * (scratch) database on first use.
     *
     * @throws RuleCompilationException when the rules do not compile
     * @throws IllegalStateException when the database held schools before the fixtures were imported
     */
    public String compute(Path rulesDir) {
        importFixtures();
        Compilation compilation = compiler.compile(rulesDir);
        var ruleSet = compilation.orThrow();
        try {
            TieringInput input = inputs.load(null, YEAR.endYear(), AS_OF);
            TieringEvaluation evaluation = evaluator.evaluate(ruleSet, input, AS_OF);
            return csv(evaluation.schools());
        } finally {
            compiler.release(ruleSet);
        }
    }

    /**
     * What differs between the file's text and the computed text, as a unified diff ("-" the file,
     * "+" what the rules give now); empty when they agree.
     */
    public static List<String> diff(String file, String expectedText, String actualText) {
        List<String> expected = expectedText.lines().toList();
        List<String> actual = actualText.lines().toList();
        if (expected.equals(actual)) {
            return List.of();
        }
        return UnifiedDiffUtils.generateUnifiedDiff(
                file, file + " (as the rules give it now)", expected, DiffUtils.diff(expected, actual), 0);
    }

    private synchronized void importFixtures() {
        if (imported.get()) {
            return;
        }
        long held = schools.count();
        if (held > 0) {
            throw new IllegalStateException("expected outcomes are computed on a scratch database with only the"
                    + " fixtures, but this one already holds " + held + " schools");
        }
        try {
            imports.importPath(fixtures);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the fixtures in " + fixtures.toAbsolutePath(), e);
        }
        imported.set(true);
    }

    static String csv(List<SchoolTiering> tiered) {
        StringWriter text = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader(HEADER)
                .setRecordSeparator('\n')
                .get();
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            for (SchoolTiering school : tiered.stream()
                    .sorted(Comparator.comparingInt(s -> s.school().urn()))
                    .toList()) {
                printer.printRecord(
                        school.school().urn(),
                        school.school().name(),
                        school.tier(),
                        String.join(
                                " ",
                                school.reasons().stream()
                                        .map(TierReason::code)
                                        .sorted()
                                        .toList()),
                        String.join(" ", firedRules(school)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The ids of the rules whose outcomes name the school, sorted. */
    private static List<String> firedRules(SchoolTiering school) {
        return Stream.of(
                        Stream.ofNullable(school.decision()).map(d -> d.explanation()),
                        school.reasons().stream().map(TierReason::explanation),
                        school.raises().stream().map(r -> r.explanation()),
                        school.needs().stream().map(n -> n.explanation()),
                        school.actions().stream().map(a -> a.explanation()),
                        school.missing().stream().map(m -> m.explanation()),
                        school.findings().stream().map(f -> f.explanation()),
                        school.notes().stream().map(n -> n.explanation()),
                        school.nearMisses().stream().map(n -> n.explanation()))
                .flatMap(s -> s)
                .filter(Objects::nonNull)
                .map(Explanation::ruleId)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
    }
}
