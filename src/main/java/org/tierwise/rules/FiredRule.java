package org.tierwise.rules;

/**
 * One firing of a rule during an evaluation.
 *
 * @param ruleId the rule's {@code @id}, or its name when it has none
 * @param file where the rule is written, relative to the rules directory
 */
public record FiredRule(String ruleId, String ruleName, String file) {}
