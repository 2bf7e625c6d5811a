package org.tierwise.rules.whatif;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.tierwise.rules.LiveRules;
import org.tierwise.rules.RuleSet;
import org.tierwise.rules.RuleSetCompiler;

/** Compares the live rules with a candidate rules directory on the current data, without activating it. */
@Service
public class WhatIf {

    private final RuleSetCompiler compiler;
    private final LiveRules liveRules;
    private final List<WhatIfSubject> subjects;

    WhatIf(RuleSetCompiler compiler, LiveRules liveRules, List<WhatIfSubject> subjects) {
        this.compiler = compiler;
        this.liveRules = liveRules;
        this.subjects = subjects;
    }

    /**
     * @param candidateDir a rules directory on this server
     * @throws org.tierwise.rules.RulesDirectoryNotFoundException when it is not a directory
     * @throws org.tierwise.rules.RuleCompilationException when the candidate does not compile
     */
    public WhatIfReport compare(Path candidateDir) {
        RuleSet current = liveRules.current();
        RuleSet candidate = compiler.compile(candidateDir).orThrow();
        try {
            List<WhatIfReport.Change> changes = new ArrayList<>();
            for (WhatIfSubject subject : subjects) {
                Map<String, WhatIfOutcome> before = subject.outcomes(current);
                Map<String, WhatIfOutcome> after = subject.outcomes(candidate);
                TreeSet<String> keys = new TreeSet<>(before.keySet());
                keys.addAll(after.keySet());
                for (String key : keys) {
                    if (!Objects.equals(summary(before.get(key)), summary(after.get(key)))) {
                        changes.add(new WhatIfReport.Change(subject.name(), key, before.get(key), after.get(key)));
                    }
                }
            }
            return new WhatIfReport(current.version(), candidate.version(), changes);
        } finally {
            compiler.release(candidate);
        }
    }

    private static String summary(WhatIfOutcome outcome) {
        return outcome == null ? null : outcome.summary();
    }
}
