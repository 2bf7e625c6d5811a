package org.tierwise.finance;

import java.util.ArrayList;
import java.util.List;
import org.tierwise.finance.facts.ApprovalFacts;
import org.tierwise.finance.facts.FundFacts;
import org.tierwise.finance.facts.ReservePolicyFacts;
import org.tierwise.finance.facts.SpendItemFacts;

/** Everything the finance rules reason over, read from the database at one moment. */
public record FinanceFacts(
        List<FundFacts> funds,
        List<SpendItemFacts> items,
        List<ApprovalFacts> approvals,
        List<ReservePolicyFacts> policies) {

    /** All the facts, for inserting into a session. */
    public List<Object> all() {
        List<Object> all = new ArrayList<>(funds);
        all.addAll(items);
        all.addAll(approvals);
        all.addAll(policies);
        return all;
    }
}
