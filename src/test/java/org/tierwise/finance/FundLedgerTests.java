package org.tierwise.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tierwise.finance.facts.FundLedger;
import org.tierwise.finance.facts.SpendItemFacts;

class FundLedgerTests {

    private static SpendItemFacts item(String ref, String fund, double amount, String date) {
        return new SpendItemFacts(
                ref,
                fund,
                SpendKind.PAYMENT,
                amount,
                LocalDate.parse(date),
                null,
                ExpenditureCategory.SCHOOL_IMPROVEMENT,
                "Alliance",
                RecipientType.MAINTAINED_SCHOOL,
                null,
                null,
                null);
    }

    @Test
    void runningTotalsFollowTheDateThenTheReferenceNotTheOrderGiven() {
        SpendItemFacts late = item("A", "F", 30, "2018-09-01");
        SpendItemFacts sameDayB = item("B", "F", 20, "2018-06-01");
        SpendItemFacts sameDayA = item("A0", "F", 10, "2018-06-01");

        FundLedger ledger = FundLedger.of("F", "all", List.of(late, sameDayB, sameDayA));

        assertThat(ledger.upTo(sameDayA)).isEqualTo(10);
        assertThat(ledger.upTo(sameDayB)).isEqualTo(30);
        assertThat(ledger.upTo(late)).isEqualTo(60);
        assertThat(ledger.count()).isEqualTo(3);
        assertThat(ledger.total()).isEqualTo(60);
        assertThat(ledger).hasToString("FundLedger[fundRef=F, items=all, count=3, total=60.0]");
    }

    @Test
    void refusesAnItemOfAnotherFund() {
        assertThatThrownBy(() -> FundLedger.of("F", "all", List.of(item("X", "G", 1, "2018-06-01"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("item X is from fund G, not F");
    }

    @Test
    void refusesToAnswerForAnItemItDoesNotHold() {
        FundLedger ledger = FundLedger.of("F", "transfers", List.of(item("A", "F", 1, "2018-06-01")));

        assertThatThrownBy(() -> ledger.upTo(item("B", "F", 1, "2018-06-02")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("item B is not in the ledger of transfers items of F");
    }
}
