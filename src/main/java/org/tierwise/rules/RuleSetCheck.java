package org.tierwise.rules;

import java.nio.file.Path;
import java.util.List;

/**
 * A check of a rules directory beyond its rule and parameter files, run by every compile of a
 * directory (check-rules, validation, reload, start-up) when {@code tierwise.rules.cases-required}
 * is on: the cases files ({@code org.tierwise.rules.cases.CasesCheck}).
 */
public interface RuleSetCheck {

    /**
     * The problems found, located by file and line.
     *
     * @param root the rules directory
     * @param rules the rules of the directory's rule files
     * @param ruleFiles the rule files, relative to {@code root}
     */
    List<RuleProblem> check(Path root, List<RuleInfo> rules, List<String> ruleFiles);
}
