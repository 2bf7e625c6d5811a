package org.tierwise.rules;

import java.util.List;

/**
 * The outcome of compiling a rules directory.
 *
 * @param ruleSet the compiled rule set, or null when there are errors
 * @param problems every error and warning, in file order
 */
public record Compilation(RuleSetVersion version, RuleSet ruleSet, List<RuleProblem> problems) {

    public boolean succeeded() {
        return ruleSet != null;
    }

    public List<RuleProblem> errors() {
        return problems.stream().filter(RuleProblem::isError).toList();
    }

    public List<RuleProblem> warnings() {
        return problems.stream().filter(problem -> !problem.isError()).toList();
    }

    /** The rule set, or a {@link RuleCompilationException} listing every error. */
    public RuleSet orThrow() {
        if (ruleSet == null) {
            throw new RuleCompilationException(errors());
        }
        return ruleSet;
    }
}
