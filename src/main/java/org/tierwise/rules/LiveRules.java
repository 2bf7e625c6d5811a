package org.tierwise.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Holds the rule set that is live and swaps it atomically on reload. A failed compile leaves the
 * live rule set untouched; evaluations already running keep the snapshot they started with.
 */
@Component
public class LiveRules {

    private static final Logger log = LoggerFactory.getLogger(LiveRules.class);

    private final RuleSetCompiler compiler;
    private final RuleSetVersions versions;
    private final Path dir;
    private final AtomicReference<RuleSet> live = new AtomicReference<>();

    LiveRules(RuleSetCompiler compiler, RuleSetVersions versions, RulesProperties properties) {
        this.compiler = compiler;
        this.versions = versions;
        this.dir = properties.dir();
        Compilation compilation = compiler.compile(dir);
        compilation.warnings().forEach(warning -> log.warn("Rules: {}", warning));
        if (!compilation.succeeded() && properties.failOnErrorAtStartup()) {
            throw new RuleCompilationException(compilation.errors());
        }
        if (compilation.succeeded()) {
            live.set(compilation.ruleSet());
            versions.recordIfNew(compilation.ruleSet(), "startup");
        } else {
            compilation.errors().forEach(error -> log.error("Rules: {}", error));
            log.error("Rules in {} do not compile; serving an empty rule set until they are fixed and reloaded", dir);
            live.set(compiler.compile(new RuleSources(dir, List.of(), List.of(), Set.of()))
                    .orThrow());
        }
        log.info("Rules: {} from {}", live.get(), dir.toAbsolutePath().normalize());
    }

    /** The live rule set: take it once per evaluation, as a snapshot. */
    public RuleSet current() {
        return live.get();
    }

    /** The directory the live rules are read from. */
    public Path directory() {
        return dir;
    }

    /**
     * Compiles the rules directory on the side and, if it compiles, makes it live.
     *
     * @param activatedBy who asked: "startup", "watch", or the user's name
     * @throws RuleCompilationException with every error, leaving the live rule set as it was
     */
    public synchronized Reload reload(String activatedBy) {
        RuleSources sources = RuleSources.read(dir);
        RuleSet before = live.get();
        if (sources.version().digest().equals(before.version().digest())) {
            return new Reload(before.version(), before.version(), before.rules().size(), List.of());
        }
        Compilation compilation = compiler.compile(sources);
        RuleSet next = compilation.orThrow();
        live.set(next);
        compiler.release(before);
        versions.recordIfNew(next, activatedBy);
        log.info("Rules reloaded by {}: {} (was {})", activatedBy, next, before.version());
        return new Reload(before.version(), next.version(), next.rules().size(), compilation.warnings());
    }

    /** What a reload did: the version before and after, and any warnings. */
    public record Reload(RuleSetVersion previous, RuleSetVersion version, int ruleCount, List<RuleProblem> warnings) {

        @JsonProperty
        public boolean changed() {
            return !previous.equals(version);
        }
    }
}
