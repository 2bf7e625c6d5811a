package org.tierwise.rules;

/**
 * A decision on a rule change that cannot be taken: it is not pending any more, or the rules on
 * disk or the live rules are no longer those it was proposed for.
 */
public class RuleChangeConflictException extends RuntimeException {

    public RuleChangeConflictException(String message) {
        super(message);
    }
}
