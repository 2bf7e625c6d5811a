package org.tierwise.rules;

/**
 * One rule as the catalogue shows it: its metadata and where it is written.
 *
 * @param salience the salience as written (a number, or an expression), or null when absent
 */
public record RuleInfo(
        String id,
        String name,
        String packageName,
        String file,
        int line,
        String source,
        String salience,
        String since) {}
