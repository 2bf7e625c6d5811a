package org.tierwise.finance.facts;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tierwise.rules.AllowedInRules;

/**
 * Some items of one fund in the order they were committed (date, then reference), with what had been
 * committed up to and including each: the running total the reserve, budget and block-transfer rules
 * compare with a limit. Built once per fund by a rule, so each item's total is looked up rather than
 * summed again over the fund's earlier items for every item.
 *
 * @param fundRef the fund
 * @param items which of the fund's items, as the rule that built the ledger names them, e.g. "all", "transfers"
 * @param count how many items
 * @param total what they add up to
 * @param runningTotals item reference to the total up to and including that item
 */
@AllowedInRules
public record FundLedger(String fundRef, String items, int count, double total, Map<String, Double> runningTotals) {

    /** The order items are committed in: by date, then by reference. */
    public static final Comparator<SpendItemFacts> COMMITTED_ORDER =
            Comparator.comparing(SpendItemFacts::date).thenComparing(SpendItemFacts::ref);

    public FundLedger {
        Objects.requireNonNull(fundRef, "fundRef is required");
        Objects.requireNonNull(items, "items is required");
        runningTotals = Map.copyOf(runningTotals);
    }

    /** The ledger of {@code facts}, which must all be items of {@code fundRef}. */
    public static FundLedger of(String fundRef, String items, Collection<SpendItemFacts> facts) {
        List<SpendItemFacts> ordered = facts.stream().sorted(COMMITTED_ORDER).toList();
        Map<String, Double> runningTotals = new HashMap<>();
        double total = 0;
        for (SpendItemFacts item : ordered) {
            if (!item.fundRef().equals(fundRef)) {
                throw new IllegalArgumentException(
                        "item " + item.ref() + " is from fund " + item.fundRef() + ", not " + fundRef);
            }
            total += item.amount();
            runningTotals.put(item.ref(), total);
        }
        return new FundLedger(fundRef, items, ordered.size(), total, runningTotals);
    }

    /** What had been committed from the fund, among these items, up to and including {@code item}. */
    public double upTo(SpendItemFacts item) {
        Double total = runningTotals.get(item.ref());
        if (total == null) {
            throw new IllegalArgumentException(
                    "item " + item.ref() + " is not in the ledger of " + items + " items of " + fundRef);
        }
        return total;
    }

    @Override
    public String toString() {
        return "FundLedger[fundRef=" + fundRef + ", items=" + items + ", count=" + count + ", total=" + total + "]";
    }
}
