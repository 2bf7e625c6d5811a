package org.tierwise.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesDirectoryWatcherTests {

    @TempDir
    Path dir;

    @Test
    void reloadsWhenARuleFileChanges() throws Exception {
        RuleDirs.copy("sample", dir);
        LiveRules live = TestRules.live(dir);
        RuleSetVersion before = live.current().version();
        RulesDirectoryWatcher watcher = new RulesDirectoryWatcher(live, TestRules.properties(dir, 100));
        watcher.start();
        try {
            RuleDirs.write(dir, "flags/scores.drl", RuleDirs.read(dir.resolve("flags/scores.drl")) + "\n// edited\n");

            long deadline = System.currentTimeMillis() + 10_000;
            while (live.current().version().equals(before) && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            watcher.stop();
        }
        assertThat(live.current().version()).isNotEqualTo(before);
    }
}
