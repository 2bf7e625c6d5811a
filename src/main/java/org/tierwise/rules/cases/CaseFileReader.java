package org.tierwise.rules.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tierwise.rules.YamlList;
import tools.jackson.databind.JsonNode;

/** Reads a cases file, rejecting unknown keys by file and case name so a typo cannot pass silently. */
final class CaseFileReader {

    static final String FIRED = "fired";
    static final String NOT_FIRED = "notFired";
    static final String OWN_FILE = "ownFile";
    private static final Set<String> CASE_KEYS = Set.of("name", "asOf", "given", "expect", OWN_FILE);

    private final Set<String> givenKeys;
    private final Set<String> expectKeys;

    CaseFileReader(Set<String> givenKeys, Set<String> featureExpectKeys) {
        this.givenKeys = new TreeSet<>(givenKeys);
        this.expectKeys = new TreeSet<>(featureExpectKeys);
        this.expectKeys.add(FIRED);
        this.expectKeys.add(NOT_FIRED);
    }

    /** The cases of a file; a case that cannot be read becomes a failed result in {@code broken}. */
    List<RuleCase> read(String file, String content, List<CaseResult> broken) throws YamlList.Malformed {
        List<RuleCase> cases = new ArrayList<>();
        for (YamlList.Entry entry : YamlList.read(content)) {
            JsonNode node = entry.node();
            String name = node.hasNonNull("name") ? node.get("name").asString() : "(case at line " + entry.line() + ")";
            List<String> errors = new ArrayList<>();
            unknown(node.propertyNames(), CASE_KEYS, "key", errors);
            if (!node.hasNonNull("name")) {
                errors.add("the case needs a name: a sentence saying what it shows");
            }
            LocalDate asOf = asOf(node, errors);
            Map<String, JsonNode> given = map(node, "given", givenKeys, errors);
            Map<String, JsonNode> expect = map(node, "expect", expectKeys, errors);
            if (expect.isEmpty()) {
                errors.add("the case expects nothing; add an expect: with fired, notFired or an outcome");
            }
            boolean ownFile = !node.has(OWN_FILE) || node.get(OWN_FILE).asBoolean(true);
            if (errors.isEmpty()) {
                cases.add(new RuleCase(file, entry.line(), name, asOf, given, expect, ownFile));
            } else {
                broken.add(new CaseResult(file, entry.line(), name, errors));
            }
        }
        return cases;
    }

    private static LocalDate asOf(JsonNode node, List<String> errors) {
        if (!node.hasNonNull("asOf")) {
            errors.add("the case needs asOf: the date it is evaluated on, e.g. asOf: 2019-09-30");
            return null;
        }
        try {
            return LocalDate.parse(node.get("asOf").asString());
        } catch (DateTimeParseException e) {
            errors.add("asOf '" + node.get("asOf").asString() + "' is not a date like 2019-09-30");
            return null;
        }
    }

    private static Map<String, JsonNode> map(JsonNode node, String key, Set<String> known, List<String> errors) {
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return entries;
        }
        if (!value.isObject()) {
            errors.add(key + " must be a set of 'key: value' lines");
            return entries;
        }
        unknown(value.propertyNames(), known, key + " key", errors);
        value.propertyNames().forEach(name -> entries.put(name, value.get(name)));
        return entries;
    }

    private static void unknown(Iterable<String> keys, Set<String> known, String what, List<String> errors) {
        for (String key : keys) {
            if (!known.contains(key)) {
                errors.add("unknown " + what + " '" + key + "'; known: " + String.join(", ", new TreeSet<>(known)));
            }
        }
    }
}
