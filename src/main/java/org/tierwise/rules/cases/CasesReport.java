package org.tierwise.rules.cases;

import java.util.List;
import org.tierwise.rules.RuleProblem;
import org.tierwise.rules.RuleSetVersion;

/**
 * The result of running the cases of a rules directory.
 *
 * @param version the whole rule set the cases ran against
 * @param problems errors that stop cases from running or mean some are missing: compile errors,
 *     rule files without a cases file, unreadable cases files
 */
public record CasesReport(RuleSetVersion version, List<RuleProblem> problems, List<CaseResult> cases) {

    public boolean passed() {
        return problems.isEmpty() && cases.stream().allMatch(CaseResult::passed);
    }

    public long failedCount() {
        return cases.stream().filter(result -> !result.passed()).count();
    }
}
