package org.tierwise.bench;

import org.tierwise.brokering.BrokeringRun;
import org.tierwise.brokering.BrokeringRunRecord;
import org.tierwise.tiering.TieringRunStore;

/** Brokering after the national tiering run: the rules on every school in tier 3 or 4, then the allocation. */
final class BrokeringStep implements BenchmarkStep {

    @Override
    public String key() {
        return "brokering";
    }

    @Override
    public String name() {
        return "brokering";
    }

    @Override
    public void run(BenchmarkContext context) {
        TieringRunStore tierings = context.bean(TieringRunStore.class);
        if (tierings.runs().isEmpty()) {
            throw new IllegalStateException("no tiering run to broker from: the tiering step runs first");
        }
        long tieringRun = tierings.runs().get(0).id();
        long started = System.nanoTime();
        BrokeringRunRecord run = context.bean(BrokeringRun.class).run(tieringRun, "benchmark");
        long millis = (System.nanoTime() - started) / 1_000_000;
        Measurements m = context.measurements();
        m.add("brokering.runMillis", "Brokering run end to end, stored", millis, "ms");
        m.add(
                "brokering.allocationMillis",
                "Brokering allocation (max flows and min-cost flow)",
                run.allocationMillis(),
                "ms");
        m.add("brokering.needs", "Needs brokered", run.needCount(), "needs");
        m.add("brokering.matches", "Matches allocated", run.matchCount(), "matches");
        context.brokeredUrns().clear();
        tierings.results(tieringRun).stream().filter(t -> t.tier().level() >= 3).forEach(t -> context.brokeredUrns()
                .add(t.urn()));
    }
}
