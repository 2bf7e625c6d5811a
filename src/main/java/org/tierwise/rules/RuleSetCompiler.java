package org.tierwise.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Compiles a rules directory into a {@link RuleSet} without activating it, collecting every
 * Drools error and project check as {@code path:line:column message}.
 */
@Component
public class RuleSetCompiler {

    static {
        // The JDK compiler is missing on JRE-only images; ECLIPSE works everywhere (STACK.md).
        if (System.getProperty("drools.dialect.java.compiler") == null) {
            System.setProperty("drools.dialect.java.compiler", "ECLIPSE");
        }
    }

    /** Each build gets a fresh ReleaseId version; a shared counter keeps them unique in the JVM-wide KIE repository. */
    private static final AtomicLong BUILDS = new AtomicLong();

    private final KieServices kieServices = KieServices.Factory.get();
    private final ClassLoader classLoader = RuleSetCompiler.class.getClassLoader();
    private final RuleVocabulary vocabulary = new RuleVocabulary(classLoader);
    private final boolean casesRequired;
    private final List<RuleSetCheck> checks;

    /** A compiler that only warns about a rule file without cases (for tests of throwaway rule sets). */
    public RuleSetCompiler() {
        this(false, List.of());
    }

    /**
     * @param casesRequired when true, a directory's {@code checks} (its cases) must pass for it to
     *     compile, and a rule file without a cases file is an error rather than a warning
     */
    public RuleSetCompiler(boolean casesRequired, List<RuleSetCheck> checks) {
        this.casesRequired = casesRequired;
        this.checks = List.copyOf(checks);
    }

    @Autowired
    RuleSetCompiler(RulesProperties properties, List<RuleSetCheck> checks) {
        this(properties.casesRequired(), checks);
    }

    /** Compiles every rule and parameter file under {@code dir}, with its cases checked. */
    public Compilation compile(Path dir) {
        return compile(RuleSources.read(dir));
    }

    /** Compiles one rule file of a compiled rule set (with all its parameters) from the files it was compiled from. */
    public Compilation compileFile(RuleSet ruleSet, String drlPath) {
        return compile(ruleSet.sources().onlyDrl(drlPath), false);
    }

    /**
     * The errors of the cases now on disk beside a compiled rule set's files, for a reload that finds
     * the rule files unchanged but a cases file edited; empty when cases are not required.
     */
    List<RuleProblem> casesProblems(RuleSet ruleSet) {
        if (!casesRequired) {
            return List.of();
        }
        List<RuleProblem> problems = new ArrayList<>();
        checks.forEach(
                check -> problems.addAll(check.check(ruleSet.sources().root(), ruleSet.rules(), ruleSet.ruleFiles())));
        return sorted(problems.stream().filter(RuleProblem::isError).toList());
    }

    /**
     * Drops a rule set's module from the JVM-wide KIE repository, which would otherwise keep up to
     * ten versions of every artifact and their KieBases alive. Evaluations still running on the
     * rule set are unaffected: they hold the KieBase itself.
     */
    public void release(RuleSet ruleSet) {
        kieServices.getRepository().removeKieModule(ruleSet.releaseId());
    }

    Compilation compile(RuleSources sources) {
        return compile(sources, casesRequired);
    }

    /**
     * @param withCases check the cases files on disk beside the rules; false for one file of a rule
     *     set and for a rule set's recorded files, whose cases are not recorded
     */
    Compilation compile(RuleSources sources, boolean withCases) {
        RuleSetVersion version = sources.version();
        List<RuleProblem> problems = new ArrayList<>();
        List<Parameter> parameters = ParameterFiles.read(sources.parameterFiles(), problems);
        List<RuleInfo> rules = RuleFileChecks.check(sources, problems, !casesRequired);
        if (withCases) {
            List<String> ruleFiles =
                    sources.drlFiles().stream().map(SourceFile::path).toList();
            checks.forEach(check -> problems.addAll(check.check(sources.root(), rules, ruleFiles)));
        }
        List<RuleProblem> refused = vocabulary.check(sources.drlFiles());
        problems.addAll(refused);
        // A file that names anything outside the vocabulary is not handed to Drools at all; the others
        // are still compiled, so every error of the set is listed at once.
        Set<String> refusedFiles = refused.stream().map(RuleProblem::file).collect(Collectors.toSet());
        List<SourceFile> compiled = sources.drlFiles().stream()
                .filter(file -> !refusedFiles.contains(file.path()))
                .toList();

        ReleaseId releaseId = kieServices.newReleaseId("org.tierwise", "rules", "1.0." + BUILDS.incrementAndGet());
        KieFileSystem files = kieServices.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        compiled.forEach(file -> files.write("src/main/resources/" + file.path(), file.content()));
        KieBuilder builder = kieServices.newKieBuilder(files, classLoader).buildAll();
        problems.addAll(DroolsMessages.toProblems(builder.getResults().getMessages(), sources));

        if (problems.stream().anyMatch(RuleProblem::isError)) {
            kieServices.getRepository().removeKieModule(releaseId);
            return new Compilation(version, null, sorted(problems));
        }
        KieContainer container = kieServices.newKieContainer(releaseId, classLoader);
        RuleSet ruleSet = new RuleSet(version, rules, parameters, container.getKieBase(), releaseId, sources);
        return new Compilation(version, ruleSet, sorted(problems));
    }

    private static List<RuleProblem> sorted(List<RuleProblem> problems) {
        return problems.stream()
                .sorted(Comparator.comparing(RuleProblem::file)
                        .thenComparingInt(RuleProblem::line)
                        .thenComparingInt(RuleProblem::column))
                .toList();
    }
}
