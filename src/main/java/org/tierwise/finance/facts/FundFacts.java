package org.tierwise.finance.facts;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.tierwise.finance.FinancialYear;
import org.tierwise.finance.FundKind;
import org.tierwise.rules.AllowedInRules;

/**
 * A fund for one financial year, as the rules see it.
 *
 * @param budget what may be committed from the fund in the year (for a reserve: what it holds)
 * @param balance the balance before the year's spending items; negative is a deficit
 * @param schoolsBudget on a DSG fund, the authority's schools budget for the year (SSFA 1998 s45A(2);
 *     SEYFR reg 5-6), which is not the DSG grant; null when not recorded
 */
@AllowedInRules
public record FundFacts(
        String ref,
        String name,
        String council,
        FundKind kind,
        String financialYear,
        double budget,
        double balance,
        Double schoolsBudget) {

    /** Compiled once: the rules ask for a council's parameter once per spending item and parameter. */
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    public FundFacts {
        Objects.requireNonNull(ref, "ref is required");
        Objects.requireNonNull(kind, "kind is required");
        FinancialYear.start(financialYear);
    }

    /** 1 April of the fund's year: the date year-based thresholds are read for. */
    public LocalDate yearStart() {
        return FinancialYear.start(financialYear);
    }

    /** The council-specific parameter with this prefix, e.g. "finance.executive-approval-threshold.rotherham". */
    public String parameter(String prefix) {
        String key = council == null
                ? ""
                : NOT_ALPHANUMERIC
                        .matcher(council.trim().toLowerCase(Locale.ROOT))
                        .replaceAll("-");
        return prefix + "." + key;
    }

    /**
     * True when a spending item's recipient names this fund: its ref, or its name (ignoring case), or its
     * name followed by more words, e.g. "Strategic Alliance activity fund (Education Improvement Board)".
     */
    public boolean namedBy(String recipient) {
        if (recipient == null || recipient.isBlank()) {
            return false;
        }
        String r = recipient.trim();
        if (r.equalsIgnoreCase(ref)) {
            return true;
        }
        if (name == null || name.isBlank()) {
            return false;
        }
        String n = name.trim();
        return r.equalsIgnoreCase(n)
                || (r.length() > n.length()
                        && r.regionMatches(true, 0, n, 0, n.length())
                        && !Character.isLetterOrDigit(r.charAt(n.length())));
    }

    /** The balance after {@code drawn} is spent from it. */
    public double balanceAfter(double drawn) {
        return balance - drawn;
    }

    /** The deficit as a positive amount, 0 when the balance is not negative. */
    public double deficit() {
        return balance < 0 ? -balance : 0;
    }

    /** The deficit as a percentage of the budget (for the DSG: of the year's grant). */
    public double deficitPercent() {
        return budget <= 0 ? 0 : deficit() * 100 / budget;
    }

    /** True when the authority's schools budget for the year is recorded on this fund. */
    public boolean hasSchoolsBudget() {
        return schoolsBudget != null;
    }

    /** {@code percent}% of the schools budget, 0 when it is not recorded. */
    public double schoolsBudgetShare(double percent) {
        return schoolsBudget == null ? 0 : schoolsBudget * percent / 100;
    }

    /** {@code percent}% of the budget, e.g. 0.5% of the schools block. */
    public double share(double percent) {
        return budget * percent / 100;
    }
}
