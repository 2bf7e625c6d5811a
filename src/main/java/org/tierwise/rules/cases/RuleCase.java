package org.tierwise.rules.cases;

import java.time.LocalDate;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One case of a cases file.
 *
 * @param file the cases file, relative to the rules directory
 * @param line where the case starts
 * @param name the sentence saying what the case shows
 * @param ownFile false when the case's rules read outcomes of other files, so it runs on the whole
 *     rule set only
 */
record RuleCase(
        String file,
        int line,
        String name,
        LocalDate asOf,
        Map<String, JsonNode> given,
        Map<String, JsonNode> expect,
        boolean ownFile) {}
