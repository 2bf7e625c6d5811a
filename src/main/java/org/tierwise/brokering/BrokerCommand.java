package org.tierwise.brokering;

import java.io.PrintStream;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tierwise.audit.Actors;
import org.tierwise.cli.CliCommand;

/** {@code broker [--tiering-run=ID]}: a brokering run after a tiering run (the latest by default). */
@Component
class BrokerCommand implements CliCommand {

    private final BrokeringRun brokering;
    private final BrokeringRunStore store;

    BrokerCommand(BrokeringRun brokering, BrokeringRunStore store) {
        this.brokering = brokering;
        this.store = store;
    }

    @Override
    public String name() {
        return "broker";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        Long tieringRun = null;
        for (String arg : args) {
            if (arg.startsWith("--tiering-run=")) {
                tieringRun = Long.valueOf(arg.substring(arg.indexOf('=') + 1));
            } else {
                out.println("unknown argument '" + arg + "'; usage: broker " + usage());
                return 2;
            }
        }
        BrokeringRunRecord run;
        try {
            run = brokering.run(tieringRun, Actors.current());
        } catch (NoTieringRunException e) {
            out.println(e.getMessage());
            return 1;
        }
        out.printf(
                "Brokering run %d after tiering run %d as of %s, rules %s: %d needs, %d matches, %d unmet,"
                        + " total score %.1f, allocation %d ms%n",
                run.id(),
                run.tieringRunId(),
                run.asOf(),
                run.ruleSetLabel(),
                run.needCount(),
                run.matchCount(),
                run.unmetCount(),
                run.totalScore(),
                run.allocationMillis());
        store.needs(run.id()).stream()
                .filter(n -> n.unmetReason() != null)
                .forEach(n ->
                        out.printf("  unmet %d %-12s tier %d: %s%n", n.urn(), n.area(), n.tier(), n.unmetReason()));
        return 0;
    }
}
