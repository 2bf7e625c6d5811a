package org.tierwise.finance.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.tierwise.finance.Severity;

/** The JSON shapes of the finance API. */
final class FinanceViews {

    private FinanceViews() {}

    /** What a check run covered and found. */
    record RunView(
            Long id,
            String scopeFund,
            String scopeYear,
            LocalDate asOf,
            String ruleSetDigest,
            String ruleSetLabel,
            OffsetDateTime ranAt,
            Integer itemsChecked,
            Integer flagCount,
            Integer breaches,
            Integer needsApproval,
            Integer warnings) {}

    /** One flag: the item, how serious, which rule and regulation, why, and the facts that triggered it. */
    record FlagView(
            String itemRef,
            String fundRef,
            Severity severity,
            String ruleId,
            String ruleName,
            String regulation,
            String since,
            String message,
            List<String> facts) {}

    /** A run with its flags. */
    record RunDetail(RunView run, List<FlagView> flags) {}

    /** The flags of the latest run. */
    record FlagsView(RunView run, List<FlagView> flags) {}

    /** The body of {@code POST /api/finance/checks}: a fund, a financial year, both or neither (everything). */
    record CheckRequest(String fund, String year) {}
}
