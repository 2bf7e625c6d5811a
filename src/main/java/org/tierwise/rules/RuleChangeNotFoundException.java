package org.tierwise.rules;

/** No rule change has this id. */
public class RuleChangeNotFoundException extends RuntimeException {

    public RuleChangeNotFoundException(long id) {
        super("there is no rule change " + id);
    }
}
