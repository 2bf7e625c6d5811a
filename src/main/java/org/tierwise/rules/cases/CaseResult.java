package org.tierwise.rules.cases;

import java.util.List;

/**
 * How one case went.
 *
 * @param file the cases file, relative to the rules directory
 * @param differences what did not hold, each prefixed by where ("own file", "whole rule set");
 *     empty when the case passed
 */
public record CaseResult(String file, int line, String name, List<String> differences) {

    public boolean passed() {
        return differences.isEmpty();
    }
}
