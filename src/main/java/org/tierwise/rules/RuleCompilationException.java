package org.tierwise.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set did not compile; the message lists every error as {@code path:line:column message}. */
public class RuleCompilationException extends RuntimeException {

    private final transient List<RuleProblem> errors;

    public RuleCompilationException(List<RuleProblem> errors) {
        super("The rules have " + errors.size() + " error(s):\n"
                + errors.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<RuleProblem> errors() {
        return errors;
    }
}
