package org.tierwise.rules;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import java.nio.file.Path;
import java.time.Duration;

/** Builds the platform without Spring, for fast tests on a rules directory. */
final class TestRules {

    private TestRules() {}

    static RulesProperties properties(Path dir, int maxFirings) {
        return new RulesProperties(dir, false, Duration.ofMillis(100), maxFirings, true);
    }

    static LiveRules live(Path dir) {
        // stubOnly: a recording mock would keep every activated rule set alive and spoil heap figures.
        RuleSetVersions versions = mock(RuleSetVersions.class, withSettings().stubOnly());
        return new LiveRules(new RuleSetCompiler(), versions, properties(dir, 1000));
    }

    static RuleEngine engine(LiveRules live) {
        return new RuleEngine(live, properties(live.directory(), 1000));
    }
}
