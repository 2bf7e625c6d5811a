package org.tierwise.rules;

/** An evaluation could not finish: a rule threw, or a rule kept firing past the limit. */
public class RuleEvaluationException extends RuntimeException {

    private final transient FiredRule rule;

    RuleEvaluationException(String message, FiredRule rule, Throwable cause) {
        super(message, cause);
        this.rule = rule;
    }

    /** The rule at fault, or null when the failure happened while matching rather than firing. */
    public FiredRule rule() {
        return rule;
    }
}
