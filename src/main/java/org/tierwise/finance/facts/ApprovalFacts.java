package org.tierwise.finance.facts;

import java.time.LocalDate;
import java.util.Objects;
import org.tierwise.finance.ApprovalBody;
import org.tierwise.rules.AllowedInRules;

/**
 * A recorded decision: who approved what, when, up to how much.
 *
 * @param reference the minute or report, e.g. "Cabinet 10 April 2013, minute 12"
 * @param amount the most it approves, or null for no stated limit
 * @param scope the spending item or the fund it approves
 */
@AllowedInRules
public record ApprovalFacts(
        String ref, ApprovalBody body, LocalDate date, String reference, Double amount, String scope) {

    public ApprovalFacts {
        Objects.requireNonNull(body, "body is required");
        Objects.requireNonNull(date, "date is required");
        Objects.requireNonNull(scope, "scope is required");
    }

    /** True when this approval names the item or its fund, came no later than the item, and covers its amount. */
    public boolean covers(SpendItemFacts item) {
        return names(item) && !date.isAfter(item.date()) && (amount == null || amount + 0.005 >= item.amount());
    }

    /** True when this approval names the item or its fund, whatever its date or amount. */
    public boolean names(SpendItemFacts item) {
        return scope.equals(item.ref()) || scope.equals(item.fundRef());
    }

    /** True when this approval names the fund. */
    public boolean coversFund(FundFacts fund) {
        return scope.equals(fund.ref());
    }

    /** True when the approval was given before {@code isoDate}, e.g. "2013-04-01". */
    public boolean before(String isoDate) {
        return date.isBefore(LocalDate.parse(isoDate));
    }
}
