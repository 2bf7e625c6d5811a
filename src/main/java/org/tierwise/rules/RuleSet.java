package org.tierwise.rules;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.builder.ReleaseId;

/**
 * A compiled, immutable rule set: the shared KieBase, its version, its rules and its parameters.
 * Evaluations take one as a snapshot, so a reload never changes a running evaluation.
 */
public final class RuleSet {

    private final RuleSetVersion version;
    private final List<RuleInfo> rules;
    private final List<Parameter> parameters;
    private final KieBase kieBase;
    private final ReleaseId releaseId;
    private final Map<String, RuleInfo> byName;
    private final RuleSources sources;

    RuleSet(
            RuleSetVersion version,
            List<RuleInfo> rules,
            List<Parameter> parameters,
            KieBase kieBase,
            ReleaseId releaseId,
            RuleSources sources) {
        this.version = version;
        this.rules = List.copyOf(rules);
        this.parameters = List.copyOf(parameters);
        this.kieBase = kieBase;
        this.releaseId = releaseId;
        this.sources = sources;
        this.byName = this.rules.stream()
                .collect(Collectors.toUnmodifiableMap(
                        rule -> key(rule.packageName(), rule.name()), Function.identity(), (a, b) -> a));
    }

    public RuleSetVersion version() {
        return version;
    }

    /** Every rule, in file order. */
    public List<RuleInfo> rules() {
        return rules;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    KieBase kieBase() {
        return kieBase;
    }

    ReleaseId releaseId() {
        return releaseId;
    }

    /** The files this rule set was compiled from: what its cases run on, rather than whatever is on disk now. */
    RuleSources sources() {
        return sources;
    }

    /** The paths of its rule files, relative to the rules directory. */
    public List<String> ruleFiles() {
        return sources.drlFiles().stream().map(SourceFile::path).toList();
    }

    /** The catalogue entry of a compiled rule, or null for a rule the catalogue could not read. */
    RuleInfo find(String packageName, String name) {
        return byName.get(key(packageName, name));
    }

    private static String key(String packageName, String name) {
        return packageName + "/" + name;
    }

    @Override
    public String toString() {
        return "rule set " + version + " with " + rules.size() + " rules";
    }
}
