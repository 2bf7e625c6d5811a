package org.tierwise.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** The live rules as people read them: every rule with its metadata and firings, and a directory's state. */
@Component
public class RuleCatalogue {

    /** A catalogue entry: the rule and how often it fired in the latest run of each kind. */
    public record Entry(RuleInfo rule, Map<String, Long> firedInLatestRun) {}

    public record Catalogue(RuleSetVersion version, List<Entry> rules) {}

    /** Whether a directory compiles, with every error and warning. */
    public record Validation(
            RuleSetVersion version, boolean valid, List<RuleProblem> errors, List<RuleProblem> warnings) {}

    private final LiveRules liveRules;
    private final RuleSetCompiler compiler;
    private final RuleFireCounts fireCounts;

    RuleCatalogue(LiveRules liveRules, RuleSetCompiler compiler, RuleFireCounts fireCounts) {
        this.liveRules = liveRules;
        this.compiler = compiler;
        this.fireCounts = fireCounts;
    }

    public Catalogue catalogue() {
        RuleSet live = liveRules.current();
        Map<String, RuleFireCounts.RunCounts> latest = fireCounts.latestByKind();
        List<Entry> entries = live.rules().stream()
                .map(rule -> {
                    Map<String, Long> fired = new TreeMap<>();
                    latest.forEach((kind, run) -> fired.put(kind, run.fired().getOrDefault(rule.id(), 0L)));
                    return new Entry(rule, fired);
                })
                .toList();
        return new Catalogue(live.version(), entries);
    }

    /** Compiles {@code dir} without activating it. */
    public Validation validate(Path dir) {
        Compilation compilation = compiler.compile(dir);
        if (compilation.succeeded()) {
            compiler.release(compilation.ruleSet());
        }
        return new Validation(
                compilation.version(), compilation.succeeded(), compilation.errors(), compilation.warnings());
    }
}
