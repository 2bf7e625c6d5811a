package org.tierwise.finance.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.tierwise.finance.ApprovalBody;
import org.tierwise.finance.ExpenditureCategory;
import org.tierwise.rules.AllowedInRules;

/**
 * A recorded decision: who approved what, when, up to how much.
 *
 * @param reference the minute or report, e.g. "Cabinet 10 April 2013, minute 12"
 * @param amount the most it approves, or null for no stated limit
 * @param scope the spending item or the fund it approves
 * @param categories what an approval of a whole fund is for: it covers the fund's items of these
 *     categories only, and none when there are none; an approval naming one item needs none
 */
@AllowedInRules
public record ApprovalFacts(
        String ref,
        ApprovalBody body,
        LocalDate date,
        String reference,
        Double amount,
        String scope,
        List<ExpenditureCategory> categories) {

    public ApprovalFacts {
        Objects.requireNonNull(body, "body is required");
        Objects.requireNonNull(date, "date is required");
        Objects.requireNonNull(scope, "scope is required");
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /**
     * True when this approval is for the item: it names the item, or it names the item's fund and is
     * for the item's category. A fund approval is not for every item of the fund whatever it was for.
     */
    public boolean isFor(SpendItemFacts item) {
        return scope.equals(item.ref()) || (scope.equals(item.fundRef()) && categories.contains(item.category()));
    }

    /** True when this approval is for the item, came no later than it, and covers its amount. */
    public boolean covers(SpendItemFacts item) {
        return isFor(item) && !date.isAfter(item.date()) && (amount == null || amount + 0.005 >= item.amount());
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
