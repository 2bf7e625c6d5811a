package org.tierwise.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.tierwise.rules.LiveRules;
import org.tierwise.rules.RuleSet;
import org.tierwise.rules.RuleSetCompiler;

/**
 * Compiles the whole rules directory, and reloads it after an edit as {@code POST /api/rules/reload}
 * does (compile on the side, swap, record the version). Each reload follows a real edit (a comment
 * added to a tiering file), since reloading unchanged files is rightly a no-op.
 */
final class RulesStep implements BenchmarkStep {

    @Override
    public String key() {
        return "rules";
    }

    @Override
    public String name() {
        return "rule compile and reload";
    }

    @Override
    public void run(BenchmarkContext context) throws Exception {
        BenchmarkOptions options = context.options();
        RuleSetCompiler compiler = context.bean(RuleSetCompiler.class);
        LiveRules live = context.bean(LiveRules.class);
        int runs = options.warmups() + options.repeats();
        long[] compile = new long[options.repeats()];
        long[] reload = new long[options.repeats()];
        Path edited = context.rulesDir().resolve("tiering").resolve("decision.drl");
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            RuleSet compiled = compiler.compile(context.rulesDir()).orThrow();
            long compileNanos = System.nanoTime() - started;
            compiler.release(compiled);
            Files.writeString(
                    edited, "\n// benchmark edit " + i + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            started = System.nanoTime();
            LiveRules.Reload result = live.reload("benchmark");
            long reloadNanos = System.nanoTime() - started;
            if (!result.changed()) {
                throw new IllegalStateException("the edited rules did not reload: " + result);
            }
            if (i >= options.warmups()) {
                compile[i - options.warmups()] = compileNanos;
                reload[i - options.warmups()] = reloadNanos;
            }
        }
        Measurements m = context.measurements();
        m.add(
                "rules.compileMillis",
                "Rule compile, whole rules directory (median)",
                Measurements.medianMillis(compile),
                "ms");
        m.add("rules.reloadMillis", "Rule reload after an edit (median)", Measurements.medianMillis(reload), "ms");
        m.fact("rules", live.current().rules().size());
    }
}
