package org.tierwise.bench;

import org.tierwise.finance.FinanceCheck;
import org.tierwise.finance.FinanceCheckRun;
import org.tierwise.finance.FinanceCheckScope;

/** A finance check over every fund and spending item, stored with its flags, as {@code POST /api/finance/checks} does. */
final class FinanceStep implements BenchmarkStep {

    @Override
    public String key() {
        return "finance";
    }

    @Override
    public String name() {
        return "finance check";
    }

    @Override
    public void run(BenchmarkContext context) {
        BenchmarkOptions options = context.options();
        FinanceCheck check = context.bean(FinanceCheck.class);
        long[] nanos = new long[options.repeats()];
        FinanceCheckRun run = null;
        for (int i = 0; i < options.warmups() + options.repeats(); i++) {
            long started = System.nanoTime();
            run = check.run(FinanceCheckScope.all(), SyntheticEngland.AS_OF);
            if (i >= options.warmups()) {
                nanos[i - options.warmups()] = System.nanoTime() - started;
            }
        }
        Measurements m = context.measurements();
        m.add(
                "finance.checkMillis",
                "Finance check of every item, stored (median)",
                Measurements.medianMillis(nanos),
                "ms");
        m.add("finance.items", "Spending items checked", run.getItemsChecked(), "items");
        m.add("finance.flags", "Finance flags raised", run.getFlagCount(), "flags");
    }
}
