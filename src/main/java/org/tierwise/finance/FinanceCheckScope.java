package org.tierwise.finance;

import org.tierwise.finance.facts.FundFacts;

/**
 * What a check run reports on: one fund, one financial year, or everything (both null). The rules
 * always see all the facts, since a reserve is judged against its year's DSG; the scope only
 * selects the flags kept.
 */
public record FinanceCheckScope(String fund, String year) {

    public FinanceCheckScope {
        fund = fund == null || fund.isBlank() ? null : fund.trim();
        year = year == null || year.isBlank() ? null : year.trim();
        if (year != null) {
            try {
                FinancialYear.start(year);
            } catch (IllegalArgumentException e) {
                throw new FinanceCheckException("year '" + year + "' is not a financial year such as 2015-16");
            }
        }
    }

    public static FinanceCheckScope all() {
        return new FinanceCheckScope(null, null);
    }

    public boolean includes(FundFacts candidate) {
        return (fund == null || fund.equals(candidate.ref()))
                && (year == null || year.equals(candidate.financialYear()));
    }

    @Override
    public String toString() {
        if (fund == null && year == null) {
            return "all funds";
        }
        return (fund == null ? "" : "fund " + fund)
                + (fund != null && year != null ? ", " : "")
                + (year == null ? "" : "financial year " + year);
    }
}
