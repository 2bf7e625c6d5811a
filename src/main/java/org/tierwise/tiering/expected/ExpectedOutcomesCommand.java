package org.tierwise.tiering.expected;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tierwise.cli.CliCommand;
import org.tierwise.rules.RuleCompilationException;
import org.tierwise.rules.RulesDirectoryNotFoundException;
import org.tierwise.rules.RulesProperties;

/**
 * {@code expected-outcomes [--write] [--rules DIR]}: compares what the rules decide for the fixture
 * schools with {@code DIR/expected-outcomes.csv} (exit 1 with the differences as a diff), or
 * rewrites that file. The jar runs it on a scratch in-memory database ({@code
 * TierwiseApplication}), never the configured one.
 */
@Component
class ExpectedOutcomesCommand implements CliCommand {

    private final ExpectedOutcomes outcomes;
    private final Path defaultDir;

    ExpectedOutcomesCommand(ExpectedOutcomes outcomes, RulesProperties properties) {
        this.outcomes = outcomes;
        this.defaultDir = properties.dir();
    }

    @Override
    public String name() {
        return "expected-outcomes";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws IOException {
        boolean write = false;
        Path dir = defaultDir;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--write")) {
                write = true;
            } else if (arg.equals("--rules") && i + 1 < args.size()) {
                dir = Path.of(args.get(++i));
            } else if (arg.startsWith("--rules=")) {
                dir = Path.of(arg.substring("--rules=".length()));
            } else {
                out.println("unknown argument '" + arg + "'; usage: expected-outcomes " + usage());
                return 2;
            }
        }
        String actual;
        try {
            actual = outcomes.compute(dir);
        } catch (RulesDirectoryNotFoundException e) {
            out.println(e.getMessage());
            return 2;
        } catch (RuleCompilationException e) {
            out.println(e.getMessage());
            return 1;
        }
        Path file = dir.resolve(ExpectedOutcomes.FILE);
        long rows = actual.lines().count() - 1;
        if (write) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            out.printf("%s: wrote %d schools; review the change with git diff before committing it%n", file, rows);
            return 0;
        }
        String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        List<String> diff = ExpectedOutcomes.diff(file.toString(), expected, actual);
        if (diff.isEmpty()) {
            out.printf("%s: the rules give the expected outcome for all %d schools%n", file, rows);
            return 0;
        }
        diff.forEach(out::println);
        long changed = diff.stream()
                .filter(line -> line.startsWith("+") && !line.startsWith("+++"))
                .count();
        out.printf(
                "%s: %d row(s) differ from what the rules give now (- the file, + the rules)."
                        + " If the policy change is meant, run expected-outcomes --write%s and commit the file%n",
                file, changed, dir.equals(defaultDir) ? "" : " --rules " + dir);
        return 1;
    }
}
