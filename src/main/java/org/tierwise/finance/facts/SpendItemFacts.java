package org.tierwise.finance.facts;

import java.time.LocalDate;
import java.util.Objects;
import org.tierwise.finance.ExpenditureCategory;
import org.tierwise.finance.FinancialYear;
import org.tierwise.finance.RecipientType;
import org.tierwise.finance.SpendKind;
import org.tierwise.rules.AllowedInRules;

/**
 * One commitment of money from a fund: a payment, purchase, virement or transfer.
 *
 * @param previousYearAmount what the same Sch 2 class cost in the previous funding period, when known
 * @param matchRequired the match funding this item depends on, when it is match-funded
 * @param matchFor the item this one match-funds
 */
@AllowedInRules
public record SpendItemFacts(
        String ref,
        String fundRef,
        SpendKind kind,
        double amount,
        LocalDate date,
        String purpose,
        ExpenditureCategory category,
        String recipient,
        RecipientType recipientType,
        Double previousYearAmount,
        Double matchRequired,
        String matchFor) {

    public SpendItemFacts {
        Objects.requireNonNull(ref, "ref is required");
        Objects.requireNonNull(fundRef, "fundRef is required");
        Objects.requireNonNull(kind, "kind is required");
        Objects.requireNonNull(date, "date is required");
        Objects.requireNonNull(category, "category is required");
        Objects.requireNonNull(recipientType, "recipientType is required");
    }

    public String financialYear() {
        return FinancialYear.of(date);
    }

    public boolean isMatchFunded() {
        return matchRequired != null && matchRequired > 0;
    }

    public boolean isAbovePreviousYear() {
        return previousYearAmount != null && amount > previousYearAmount;
    }
}
