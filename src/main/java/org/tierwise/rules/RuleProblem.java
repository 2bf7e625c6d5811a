package org.tierwise.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One thing wrong with the rule files, located so a policy officer can find it.
 *
 * @param file path relative to the rules directory, with forward slashes
 * @param line 1-based line, 0 when the problem concerns the whole file
 * @param column 1-based column, 0 when unknown
 */
public record RuleProblem(Severity severity, String file, int line, int column, String message) {

    /** Errors stop a rule set from going live; warnings are reported only. */
    public enum Severity {
        ERROR,
        WARNING
    }

    static RuleProblem error(String file, int line, int column, String message) {
        return new RuleProblem(Severity.ERROR, file, line, column, message);
    }

    static RuleProblem warning(String file, int line, int column, String message) {
        return new RuleProblem(Severity.WARNING, file, line, column, message);
    }

    @JsonIgnore
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:column message}, the form editors and terminals turn into links. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + " " + (isError() ? "" : "warning: ") + message;
    }
}
