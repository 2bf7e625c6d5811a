package org.tierwise.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kie.api.builder.Message;

/** Turns Drools build messages into located, readable problems. */
final class DroolsMessages {

    private static final Pattern PARSER_POSITION = Pattern.compile("^\\[ERR \\d+\\] Line (\\d+):(\\d+)\\s*");
    private static final Pattern UNKNOWN_FIELD =
            Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '([\\w.$]+)'");
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
    private static final String NULL_PACKAGE = "Parser returned a null Package";

    private DroolsMessages() {}

    static List<RuleProblem> toProblems(List<Message> messages, RuleSources sources) {
        List<RuleProblem> problems = new ArrayList<>();
        for (Message message : messages) {
            String file = message.getPath() == null ? "" : message.getPath();
            // A follow-on of a syntax error that Drools already reported for the same file.
            if (message.getText().startsWith(NULL_PACKAGE) && hasOtherError(messages, message)) {
                continue;
            }
            String text = message.getText().strip();
            int column = 0;
            Matcher parser = PARSER_POSITION.matcher(text);
            if (parser.find()) {
                column = Integer.parseInt(parser.group(2)) + 1;
                text = text.substring(parser.end());
            }
            text = readable(text);
            if (column == 0) {
                column = columnOfQuotedToken(text, lineText(sources, file, message.getLine()));
            }
            problems.add(
                    message.getLevel() == Message.Level.ERROR
                            ? RuleProblem.error(file, message.getLine(), column, text)
                            : RuleProblem.warning(file, message.getLine(), column, text));
        }
        return problems;
    }

    /** One line of plain words: the mvel parts that point into a copy of the expression are dropped. */
    private static String readable(String text) {
        Matcher field = UNKNOWN_FIELD.matcher(text);
        if (field.find()) {
            String type = field.group(1).substring(field.group(1).lastIndexOf('.') + 1);
            return "unknown field '" + field.group(2) + "' of " + type + " (check the spelling against the fact)";
        }
        Matcher type = UNKNOWN_TYPE.matcher(text);
        if (type.find()) {
            return "unknown fact type '" + type.group(1) + "' (is it spelled right and imported?)";
        }
        return text.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty()
                        && !line.startsWith("[Near")
                        && !line.startsWith("^")
                        && !line.startsWith("[Line:"))
                .map(line -> line.startsWith("[Error:")
                        ? line.substring(7, line.length() - 1).strip()
                        : line)
                .collect(Collectors.joining(" "));
    }

    /**
     * Drools gives no column for type and field errors (mvel's counts from the start of the
     * expression, not the line); find the named token on the line instead.
     */
    private static int columnOfQuotedToken(String text, String line) {
        Matcher quoted = QUOTED.matcher(text);
        if (line != null && quoted.find()) {
            int index = line.indexOf(quoted.group(1));
            return index < 0 ? 0 : index + 1;
        }
        return 0;
    }

    private static String lineText(RuleSources sources, String file, int line) {
        return sources.drlFiles().stream()
                .filter(source -> source.path().equals(file))
                .map(source -> source.content().split("\n", -1))
                .filter(lines -> line >= 1 && line <= lines.length)
                .map(lines -> lines[line - 1])
                .findFirst()
                .orElse(null);
    }

    private static boolean hasOtherError(List<Message> messages, Message message) {
        return messages.stream()
                .anyMatch(other -> other != message
                        && other.getLevel() == Message.Level.ERROR
                        && String.valueOf(other.getPath()).equals(String.valueOf(message.getPath())));
    }
}
