package org.tierwise.rules;

/** The user who proposed a rule change may not be its second approver. */
public class RuleChangeForbiddenException extends RuntimeException {

    public RuleChangeForbiddenException(String message) {
        super(message);
    }
}
