package org.tierwise.rules.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tierwise.cli.CliCommand;
import org.tierwise.rules.Compilation;
import org.tierwise.rules.RuleSetCompiler;
import org.tierwise.rules.RulesDirectoryNotFoundException;
import org.tierwise.rules.RulesProperties;

/** {@code check-rules [DIR]}: compiles the rules without activating them and lists every problem. */
@Component
class CheckRulesCommand implements CliCommand {

    private final RuleSetCompiler compiler;
    private final Path defaultDir;

    CheckRulesCommand(RuleSetCompiler compiler, RulesProperties properties) {
        this.compiler = compiler;
        this.defaultDir = properties.dir();
    }

    @Override
    public String name() {
        return "check-rules";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        Path dir = args.isEmpty() ? defaultDir : Path.of(args.get(0));
        Compilation compilation;
        try {
            compilation = compiler.compile(dir);
        } catch (RulesDirectoryNotFoundException e) {
            out.println(e.getMessage());
            return 2;
        }
        compilation.problems().forEach(out::println);
        int rules = compilation.succeeded() ? compilation.ruleSet().rules().size() : 0;
        out.printf(
                "%s: %d error(s), %d warning(s)%s%n",
                dir,
                compilation.errors().size(),
                compilation.warnings().size(),
                compilation.succeeded() ? "; " + rules + " rules, version " + compilation.version() : "");
        if (compilation.succeeded()) {
            compiler.release(compilation.ruleSet());
        }
        return compilation.succeeded() ? 0 : 1;
    }
}
