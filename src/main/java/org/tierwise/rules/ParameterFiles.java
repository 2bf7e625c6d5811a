package org.tierwise.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads and checks the parameter files, reporting each mistake at its file and line. */
final class ParameterFiles {

    private static final Set<String> KEYS = Set.of("name", "value", "text", "validFrom", "validTo", "source");

    private ParameterFiles() {}

    static List<Parameter> read(List<SourceFile> files, List<RuleProblem> problems) {
        List<Parameter> parameters = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (SourceFile file : files) {
            List<YamlList.Entry> entries;
            try {
                entries = YamlList.read(file.content());
            } catch (YamlList.Malformed e) {
                problems.add(RuleProblem.error(file.path(), e.line(), e.column(), e.getMessage()));
                continue;
            }
            for (YamlList.Entry entry : entries) {
                Parameter parameter = parse(file.path(), entry, problems);
                if (parameter != null) {
                    checkOverlap(parameter, file.path(), entry.line(), parameters, paths, lines, problems);
                    parameters.add(parameter);
                    paths.add(file.path());
                    lines.add(entry.line());
                }
            }
        }
        return List.copyOf(parameters);
    }

    private static Parameter parse(String path, YamlList.Entry entry, List<RuleProblem> problems) {
        JsonNode node = entry.node();
        int before = problems.size();
        List<String> unknown = new ArrayList<>();
        node.propertyNames().forEach(key -> {
            if (!KEYS.contains(key)) {
                unknown.add(key);
            }
        });
        if (!unknown.isEmpty()) {
            problems.add(error(path, entry, "unknown key(s) " + unknown + "; allowed: " + KEYS));
        }
        String name = text(node, "name");
        if (name == null || name.isBlank()) {
            problems.add(error(path, entry, "a parameter needs a name, e.g. name: ks2.floor.attainment"));
        }
        String source = text(node, "source");
        if (source == null || source.isBlank()) {
            problems.add(error(path, entry, "parameter " + name + " needs a source: the document and paragraph"));
        }
        BigDecimal value = null;
        JsonNode valueNode = node.get("value");
        if (valueNode != null && !valueNode.isNull()) {
            try {
                value = new BigDecimal(valueNode.asString().trim());
            } catch (NumberFormatException e) {
                problems.add(error(
                        path,
                        entry,
                        "parameter " + name + ": value '" + valueNode.asString()
                                + "' is not a number; use text: for words"));
            }
        }
        String text = text(node, "text");
        if (valueNode == null && text == null) {
            problems.add(error(path, entry, "parameter " + name + " needs a value: (a number) or a text:"));
        }
        LocalDate from = date(path, entry, name, "validFrom", problems);
        LocalDate to = date(path, entry, name, "validTo", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(error(path, entry, "parameter " + name + ": validTo " + to + " is before validFrom " + from));
        }
        return problems.size() == before ? new Parameter(name, value, text, from, to, source) : null;
    }

    private static void checkOverlap(
            Parameter parameter,
            String path,
            int line,
            List<Parameter> earlier,
            List<String> paths,
            List<Integer> lines,
            List<RuleProblem> problems) {
        for (int i = 0; i < earlier.size(); i++) {
            Parameter other = earlier.get(i);
            if (other.name().equals(parameter.name()) && other.overlaps(parameter)) {
                problems.add(RuleProblem.error(
                        path,
                        line,
                        0,
                        "parameter " + parameter.name() + " has two values on the same days; its other entry is at "
                                + paths.get(i) + ":" + lines.get(i)));
            }
        }
    }

    private static LocalDate date(
            String path, YamlList.Entry entry, String name, String key, List<RuleProblem> problems) {
        String text = text(entry.node(), key);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(error(
                    path, entry, "parameter " + name + ": " + key + " '" + text + "' is not a date like 2019-08-31"));
            return null;
        }
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static RuleProblem error(String path, YamlList.Entry entry, String message) {
        return RuleProblem.error(path, entry.line(), 0, message);
    }
}
