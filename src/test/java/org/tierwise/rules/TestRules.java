package org.tierwise.rules;

import static org.mockito.Mockito.mock;

import java.nio.file.Path;
import java.time.Duration;

/** Builds the platform without Spring, for fast tests on a rules directory. */
final class TestRules {

    private TestRules() {}

    static RulesProperties properties(Path dir, int maxFirings) {
        return new RulesProperties(dir, false, Duration.ofMillis(100), maxFirings, true);
    }

    static LiveRules live(Path dir) {
        return new LiveRules(new RuleSetCompiler(), mock(RuleSetVersions.class), properties(dir, 1000));
    }

    static RuleEngine engine(LiveRules live) {
        return new RuleEngine(live, properties(live.directory(), 1000));
    }
}
