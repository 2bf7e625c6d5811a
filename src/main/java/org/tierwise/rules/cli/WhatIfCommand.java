package org.tierwise.rules.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tierwise.cli.CliCommand;
import org.tierwise.rules.RuleCompilationException;
import org.tierwise.rules.RulesDirectoryNotFoundException;
import org.tierwise.rules.whatif.WhatIf;
import org.tierwise.rules.whatif.WhatIfOutcome;
import org.tierwise.rules.whatif.WhatIfReport;

/** {@code what-if --rules DIR}: lists every decision the candidate rules would change on the current data. */
@Component
class WhatIfCommand implements CliCommand {

    private final WhatIf whatIf;

    WhatIfCommand(WhatIf whatIf) {
        this.whatIf = whatIf;
    }

    @Override
    public String name() {
        return "what-if";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        int flag = args.indexOf("--rules");
        if (flag < 0 || flag + 1 >= args.size()) {
            out.println("Usage: what-if " + usage());
            return 2;
        }
        WhatIfReport report;
        try {
            report = whatIf.compare(Path.of(args.get(flag + 1)));
        } catch (RulesDirectoryNotFoundException e) {
            out.println(e.getMessage());
            return 2;
        } catch (RuleCompilationException e) {
            out.println(e.getMessage());
            return 1;
        }
        out.printf("Current rules %s, candidate %s%n", report.current(), report.candidate());
        for (WhatIfReport.Change change : report.changes()) {
            out.printf(
                    "%s %s: %s -> %s%n", change.subject(), change.key(), text(change.before()), text(change.after()));
        }
        out.printf("%d decision(s) would change%n", report.changes().size());
        return 0;
    }

    private static String text(WhatIfOutcome outcome) {
        return outcome == null ? "(none)" : outcome.summary() + " " + outcome.ruleIds();
    }
}
