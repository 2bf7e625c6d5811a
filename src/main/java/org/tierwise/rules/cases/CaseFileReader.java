package org.tierwise.rules.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tierwise.rules.RuleProblem;
import org.tierwise.rules.YamlList;
import tools.jackson.databind.JsonNode;

/**
 * Reads a cases file strictly: an unknown key of a case, of its {@code given} or {@code expect}, or
 * an unknown field of a given entry ({@code phse:}) is an error at its file and line, never
 * ignored, so a "must not fire" case cannot silently test nothing.
 */
final class CaseFileReader {

    static final String FIRED = "fired";
    static final String NOT_FIRED = "notFired";
    static final String OWN_FILE = "ownFile";
    private static final Set<String> CASE_KEYS = Set.of("name", "asOf", "given", "expect", OWN_FILE);

    private final Map<String, CaseFacts> givens;
    private final Set<String> expectKeys;

    CaseFileReader(Map<String, CaseFacts> givens, Set<String> featureExpectKeys) {
        this.givens = givens;
        this.expectKeys = new TreeSet<>(featureExpectKeys);
        this.expectKeys.add(FIRED);
        this.expectKeys.add(NOT_FIRED);
    }

    /**
     * What a cases file holds: the cases that can run, those that cannot (as failed results), and
     * every reading error as a problem at its line.
     */
    record Read(
            List<RuleCase> cases,
            List<CaseResult> broken,
            List<RuleProblem> problems,
            List<Map<String, JsonNode>> expectations) {}

    /** An error in the file, at the line (and column, 0 when unknown) it concerns. */
    private record Located(int line, int column, String message) {}

    Read read(String file, String content) throws YamlList.Malformed {
        List<RuleCase> cases = new ArrayList<>();
        List<CaseResult> broken = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        List<Map<String, JsonNode>> expectations = new ArrayList<>();
        List<String> lines = content.lines().toList();
        List<YamlList.Entry> entries = YamlList.read(content);
        for (int i = 0; i < entries.size(); i++) {
            YamlList.Entry entry = entries.get(i);
            int last = i + 1 < entries.size() ? entries.get(i + 1).line() - 1 : lines.size();
            Lines where = new Lines(lines, entry.line(), last);
            JsonNode node = entry.node();
            String name = node.hasNonNull("name") ? node.get("name").asString() : "(case at line " + entry.line() + ")";
            List<Located> errors = new ArrayList<>();
            unknown(node.propertyNames(), CASE_KEYS, "key", where, errors);
            if (!node.hasNonNull("name")) {
                errors.add(new Located(entry.line(), 0, "the case needs a name: a sentence saying what it shows"));
            }
            LocalDate asOf = asOf(node, where, errors);
            Map<String, JsonNode> given = map(node, "given", givens.keySet(), where, errors);
            given.forEach((key, value) -> checkGiven(key, value, where, errors));
            Map<String, JsonNode> expect = map(node, "expect", expectKeys, where, errors);
            expectations.add(expect);
            if (!node.hasNonNull("expect") || node.get("expect").isEmpty()) {
                errors.add(new Located(
                        entry.line(),
                        0,
                        "the case expects nothing; add an expect: with fired, notFired or an outcome"));
            }
            boolean ownFile = !node.has(OWN_FILE) || node.get(OWN_FILE).asBoolean(true);
            if (errors.isEmpty()) {
                cases.add(new RuleCase(file, entry.line(), name, asOf, given, expect, ownFile));
            } else {
                broken.add(new CaseResult(
                        file,
                        entry.line(),
                        name,
                        errors.stream()
                                .map(error -> file + ":" + error.line() + ": " + error.message())
                                .toList()));
                errors.forEach(error -> problems.add(new RuleProblem(
                        RuleProblem.Severity.ERROR,
                        file,
                        error.line(),
                        error.column(),
                        error.message() + " (in case \"" + name + "\")")));
            }
        }
        return new Read(cases, broken, problems, expectations);
    }

    /** Every field of every entry must be one the key's facts have, and the entries must read as those facts. */
    private void checkGiven(String key, JsonNode value, Lines where, List<Located> errors) {
        CaseFacts facts = givens.get(key);
        Set<String> fields = facts.fields();
        int before = errors.size();
        if (!fields.isEmpty() && value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                JsonNode entry = value.get(i);
                if (!entry.isObject()) {
                    continue;
                }
                for (String field : entry.propertyNames()) {
                    if (!fields.contains(field)) {
                        int[] at = where.find(field);
                        errors.add(new Located(
                                at[0],
                                at[1],
                                "unknown field '" + field + "' in " + key + " entry " + (i + 1) + " (allowed: "
                                        + String.join(", ", fields) + ")"));
                    }
                }
            }
        }
        if (errors.size() > before) {
            return;
        }
        try {
            facts.facts(value);
        } catch (RuntimeException e) {
            int[] at = where.find(key);
            errors.add(new Located(at[0], at[1], e.getMessage()));
        }
    }

    private static LocalDate asOf(JsonNode node, Lines where, List<Located> errors) {
        if (!node.hasNonNull("asOf")) {
            errors.add(new Located(
                    where.first, 0, "the case needs asOf: the date it is evaluated on, e.g. asOf: 2019-09-30"));
            return null;
        }
        try {
            return LocalDate.parse(node.get("asOf").asString());
        } catch (DateTimeParseException e) {
            int[] at = where.find("asOf");
            errors.add(new Located(
                    at[0], at[1], "asOf '" + node.get("asOf").asString() + "' is not a date like 2019-09-30"));
            return null;
        }
    }

    private static Map<String, JsonNode> map(
            JsonNode node, String key, Set<String> known, Lines where, List<Located> errors) {
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return entries;
        }
        if (!value.isObject()) {
            int[] at = where.find(key);
            errors.add(new Located(at[0], at[1], key + " must be a set of 'key: value' lines"));
            return entries;
        }
        unknown(value.propertyNames(), known, key + " key", where, errors);
        value.propertyNames().forEach(name -> {
            if (known.contains(name)) {
                entries.put(name, value.get(name));
            }
        });
        return entries;
    }

    private static void unknown(
            Iterable<String> keys, Set<String> known, String what, Lines where, List<Located> errors) {
        for (String key : keys) {
            if (!known.contains(key)) {
                int[] at = where.find(key);
                errors.add(new Located(
                        at[0],
                        at[1],
                        "unknown " + what + " '" + key + "' (allowed: " + String.join(", ", new TreeSet<>(known))
                                + ")"));
            }
        }
    }

    /** The lines of one case, to find where a key is written. */
    private static final class Lines {
        private final List<String> lines;
        private final int first;
        private final int last;

        Lines(List<String> lines, int first, int last) {
            this.lines = lines;
            this.first = first;
            this.last = last;
        }

        /** Line and column (1-based) of the first {@code key:} in the case; the case's first line when not found. */
        int[] find(String key) {
            Pattern pattern = Pattern.compile("(?:^|[\\s{,\\-])(\"?" + Pattern.quote(key) + "\"?)\\s*:");
            for (int line = first; line <= Math.min(last, lines.size()); line++) {
                String text = lines.get(line - 1);
                int comment = text.indexOf(" #");
                Matcher matcher = pattern.matcher(comment < 0 ? text : text.substring(0, comment));
                if (matcher.find()) {
                    return new int[] {line, matcher.start(1) + 1};
                }
            }
            return new int[] {first, 0};
        }
    }
}
