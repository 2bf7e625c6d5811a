package org.tierwise.rules;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import java.nio.file.Path;
import java.time.Duration;

/** Builds the platform without Spring, for fast tests on a rules directory. */
public final class TestRules {

    private TestRules() {}

    public static RulesProperties properties(Path dir, int maxFirings) {
        return properties(dir, maxFirings, Duration.ofSeconds(30));
    }

    public static RulesProperties properties(Path dir, int maxFirings, Duration timeLimit) {
        return new RulesProperties(
                dir,
                false,
                Duration.ofMillis(100),
                maxFirings,
                true,
                dir.resolveSibling("candidates"),
                timeLimit,
                4,
                false);
    }

    /** Live rules compiled by {@code compiler}, as start-up and reload compile them. */
    public static LiveRules live(Path dir, RuleSetCompiler compiler) {
        RuleSetVersions versions = mock(RuleSetVersions.class, withSettings().stubOnly());
        RuleChanges changes = mock(RuleChanges.class, withSettings().stubOnly());
        return new LiveRules(compiler, versions, changes, properties(dir, 1000));
    }

    public static LiveRules live(Path dir) {
        // stubOnly: a recording mock would keep every activated rule set alive and spoil heap figures.
        RuleSetVersions versions = mock(RuleSetVersions.class, withSettings().stubOnly());
        RuleChanges changes = mock(RuleChanges.class, withSettings().stubOnly());
        return new LiveRules(new RuleSetCompiler(), versions, changes, properties(dir, 1000));
    }

    public static RuleEngine engine(LiveRules live) {
        return new RuleEngine(live, properties(live.directory(), 1000));
    }

    /** An engine whose live rules are those of {@code dir}. */
    public static RuleEngine engine(Path dir) {
        return engine(live(dir));
    }
}
