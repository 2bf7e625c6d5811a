package org.tierwise.rules.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.tierwise.cli.CliCommand;
import org.tierwise.rules.RulesDirectoryNotFoundException;
import org.tierwise.rules.RulesProperties;
import org.tierwise.rules.cases.CaseResult;
import org.tierwise.rules.cases.CaseRunner;
import org.tierwise.rules.cases.CasesReport;

/** {@code test-rules [PATH]}: runs the cases files and prints a pass/fail report with what differed. */
@Component
class TestRulesCommand implements CliCommand {

    private final CaseRunner runner;
    private final Path rulesDir;

    TestRulesCommand(CaseRunner runner, RulesProperties properties) {
        this.runner = runner;
        this.rulesDir = properties.dir();
    }

    @Override
    public String name() {
        return "test-rules";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        CasesReport report;
        try {
            report = args.isEmpty() ? runner.run(rulesDir) : run(Path.of(args.get(0)));
        } catch (RulesDirectoryNotFoundException e) {
            out.println(e.getMessage());
            return 2;
        }
        print(report, out);
        return report.passed() ? 0 : 1;
    }

    /** A path inside the configured rules directory selects part of it; any other directory is a rule set. */
    private CasesReport run(Path path) {
        Path root = rulesDir.toAbsolutePath().normalize();
        Path target = path.toAbsolutePath().normalize();
        if (target.startsWith(root) && !target.equals(root)) {
            return runner.run(rulesDir, root.relativize(target).toString().replace('\\', '/'));
        }
        if (!Files.isDirectory(target)) {
            throw new RulesDirectoryNotFoundException(path);
        }
        return runner.run(path);
    }

    static void print(CasesReport report, PrintStream out) {
        report.problems().forEach(problem -> out.println("ERROR " + problem));
        String file = null;
        for (CaseResult result : report.cases()) {
            if (!Objects.equals(file, result.file())) {
                file = result.file();
                out.println(file);
            }
            out.println(
                    "  " + (result.passed() ? "PASS " : "FAIL ") + result.name() + "  (line " + result.line() + ")");
            result.differences().forEach(difference -> out.println("         " + difference));
        }
        out.printf(
                "%d case(s): %d passed, %d failed; %d problem(s). Rules %s%n",
                report.cases().size(),
                report.cases().size() - report.failedCount(),
                report.failedCount(),
                report.problems().size(),
                report.version());
    }
}
