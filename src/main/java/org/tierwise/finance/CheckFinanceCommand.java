package org.tierwise.finance;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tierwise.cli.CliCommand;

/** {@code check-finance [--year=2015-16] [--fund=REF]}: runs and stores a finance check, prints its flags. */
@Component
class CheckFinanceCommand implements CliCommand {

    private final FinanceCheck check;

    CheckFinanceCommand(FinanceCheck check) {
        this.check = check;
    }

    @Override
    public String name() {
        return "check-finance";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        String year = null;
        String fund = null;
        for (String arg : args) {
            if (arg.startsWith("--year=")) {
                year = arg.substring("--year=".length());
            } else if (arg.startsWith("--fund=")) {
                fund = arg.substring("--fund=".length());
            } else {
                out.println("usage: check-finance " + usage());
                return 2;
            }
        }
        FinanceCheckRun run;
        try {
            run = check.run(new FinanceCheckScope(fund, year), LocalDate.now());
        } catch (FinanceCheckException e) {
            out.println("REFUSED: " + e.getMessage());
            return 2;
        }
        List<FinanceFlagRecord> flags = check.flags(run, null, null);
        for (FinanceFlagRecord flag : flags) {
            out.printf(
                    "%-14s %-10s %-8s %s%n",
                    flag.getSeverity(), flag.getItemRef(), flag.getRuleId(), flag.getRuleName());
            out.println("    " + flag.getMessage());
            out.println("    source: " + flag.getRegulation());
        }
        out.printf(
                "Finance check %d of %s: %d items, %d flags (%d breach, %d needs approval, %d warning); rules %s (%s)%n",
                run.getId(),
                new FinanceCheckScope(run.getScopeFund(), run.getScopeYear()),
                run.getItemsChecked(),
                run.getFlagCount(),
                run.getBreaches(),
                run.getNeedsApproval(),
                run.getWarnings(),
                run.getRuleSetDigest()
                        .substring(0, Math.min(12, run.getRuleSetDigest().length())),
                run.getRuleSetLabel());
        return run.getBreaches() > 0 ? 1 : 0;
    }
}
