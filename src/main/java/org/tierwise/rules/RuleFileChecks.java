package org.tierwise.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The project's own checks on rule files, beyond what Drools compiles: package equals folder,
 * metadata before attributes, every rule with a unique {@code @id} and a {@code @source}, and (a
 * warning when cases are not required) a cases file beside each rule file. Also reads the catalogue
 * entry of each rule.
 */
final class RuleFileChecks {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern RULE_START = Pattern.compile("^\\s*rule\\b");
    private static final Pattern WHEN = Pattern.compile("^\\s*when\\b");
    private static final Pattern ATTRIBUTE =
            Pattern.compile("(?<![\\w-])(salience|no-loop|agenda-group|activation-group|ruleflow-group|lock-on-active"
                    + "|date-effective|date-expires|enabled|duration|timer|calendars|auto-focus|dialect)(?![\\w-])");
    private static final Pattern METADATA = Pattern.compile("@\\w+");
    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    private RuleFileChecks() {}

    /**
     * Checks every file and returns the catalogue of the rules that could be read.
     *
     * @param warnWithoutCases warn about a rule file without a cases file (when the cases are not
     *     required; when they are, {@code CasesCheck} makes it an error)
     */
    static List<RuleInfo> check(RuleSources sources, List<RuleProblem> problems, boolean warnWithoutCases) {
        List<RuleInfo> rules = new ArrayList<>();
        Map<String, RuleInfo> byId = new HashMap<>();
        for (SourceFile file : sources.drlFiles()) {
            checkPackage(file, problems);
            checkMetadataOrder(file, problems);
            if (warnWithoutCases && !sources.casesFiles().contains(RuleSources.casesFileFor(file.path()))) {
                problems.add(RuleProblem.warning(
                        file.path(),
                        0,
                        0,
                        "no cases file: write " + RuleSources.casesFileFor(file.path())
                                + " with a case where each rule fires and one where it must not"));
            }
            for (RuleInfo rule : read(file)) {
                checkMetadata(rule, byId, problems);
                rules.add(rule);
            }
        }
        return List.copyOf(rules);
    }

    private static void checkPackage(SourceFile file, List<RuleProblem> problems) {
        int slash = file.path().lastIndexOf('/');
        String expected = slash < 0 ? "" : file.path().substring(0, slash).replace('/', '.');
        if (expected.isEmpty()) {
            problems.add(RuleProblem.error(
                    file.path(), 0, 0, "rule files belong in a folder named after their package, e.g. tiering/"));
            return;
        }
        Matcher matcher = PACKAGE.matcher(file.content());
        if (!matcher.find()) {
            problems.add(RuleProblem.error(file.path(), 1, 1, "missing 'package " + expected + ";' at the top"));
        } else if (!matcher.group(1).equals(expected)) {
            problems.add(RuleProblem.error(
                    file.path(),
                    lineOf(file.content(), matcher.start(1)),
                    columnOf(file.content(), matcher.start(1)),
                    "package " + matcher.group(1) + " does not match its folder: write 'package " + expected + ";'"));
        }
    }

    /** Drools rejects metadata after attributes with a bare "mismatched input '@'"; say what to do. */
    private static void checkMetadataOrder(SourceFile file, List<RuleProblem> problems) {
        String[] lines = file.content().split("\n", -1);
        boolean inHeader = false;
        boolean seenAttribute = false;
        for (int i = 0; i < lines.length; i++) {
            String line = code(lines[i]);
            if (RULE_START.matcher(line).find()) {
                inHeader = true;
                seenAttribute = false;
            }
            if (!inHeader) {
                continue;
            }
            Matcher when = WHEN.matcher(line);
            String header = when.find() ? "" : line;
            Matcher attribute = ATTRIBUTE.matcher(header);
            int firstAttribute = attribute.find() ? attribute.start() : -1;
            Matcher metadata = METADATA.matcher(header);
            while (metadata.find()) {
                if (seenAttribute || (firstAttribute >= 0 && metadata.start() > firstAttribute)) {
                    problems.add(RuleProblem.error(
                            file.path(),
                            i + 1,
                            metadata.start() + 1,
                            "metadata " + metadata.group() + " comes after an attribute such as salience;"
                                    + " write all @metadata first, then the attributes"));
                    break;
                }
            }
            seenAttribute |= firstAttribute >= 0;
            inHeader = header.equals(line);
        }
    }

    private static void checkMetadata(RuleInfo rule, Map<String, RuleInfo> byId, List<RuleProblem> problems) {
        String where = "rule \"" + rule.name() + "\"";
        if (rule.id() == null || rule.id().isBlank()) {
            problems.add(RuleProblem.error(
                    rule.file(), rule.line(), 0, where + " has no @id, e.g. @id(\"TIER-010\") after its name"));
        } else if (byId.containsKey(rule.id())) {
            RuleInfo first = byId.get(rule.id());
            problems.add(RuleProblem.error(
                    rule.file(),
                    rule.line(),
                    0,
                    where + " reuses @id(\"" + rule.id() + "\") of rule \"" + first.name() + "\" at " + first.file()
                            + ":" + first.line() + "; ids are never reused"));
        } else {
            byId.put(rule.id(), rule);
        }
        if (rule.source() == null || rule.source().isBlank()) {
            problems.add(RuleProblem.error(
                    rule.file(),
                    rule.line(),
                    0,
                    where + " has no @source: name the policy document and paragraph it comes from"));
        }
    }

    /** The rules of one file; a file that does not parse has none (Drools reports why). */
    private static List<RuleInfo> read(SourceFile file) {
        PackageDescr descr;
        try {
            DrlParser parser = new DrlParser();
            descr = parser.parse(false, file.content());
            if (descr == null || parser.hasErrors()) {
                return List.of();
            }
        } catch (DroolsParserException e) {
            return List.of();
        }
        return descr.getRules().stream()
                .map(rule -> new RuleInfo(
                        annotation(rule, "id"),
                        rule.getName(),
                        descr.getName(),
                        file.path(),
                        rule.getLine(),
                        annotation(rule, "source"),
                        attribute(rule, "salience"),
                        annotation(rule, "since")))
                .toList();
    }

    private static String annotation(RuleDescr rule, String name) {
        AnnotationDescr annotation = rule.getAnnotation(name);
        return annotation == null ? null : String.valueOf(annotation.getSingleValueStripped());
    }

    private static String attribute(RuleDescr rule, String name) {
        AttributeDescr attribute = rule.getAttributes().get(name);
        return attribute == null ? null : attribute.getValue();
    }

    /** The line with comments and quoted text blanked, so keywords inside them are not matched. */
    private static String code(String line) {
        Matcher quoted = QUOTED.matcher(line);
        StringBuilder blanked = new StringBuilder(line);
        while (quoted.find()) {
            for (int i = quoted.start(); i < quoted.end(); i++) {
                blanked.setCharAt(i, ' ');
            }
        }
        int comment = blanked.indexOf("//");
        return comment < 0 ? blanked.toString() : blanked.substring(0, comment);
    }

    private static int lineOf(String content, int offset) {
        return (int) content.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    private static int columnOf(String content, int offset) {
        return offset - content.lastIndexOf('\n', offset - 1);
    }
}
