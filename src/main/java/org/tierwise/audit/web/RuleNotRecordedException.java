package org.tierwise.audit.web;

/** No recorded rule set has ever held a rule with this id. */
class RuleNotRecordedException extends RuntimeException {

    RuleNotRecordedException(String ruleId) {
        super("no rule with id " + ruleId + " is live or in any recorded rule set");
    }
}
