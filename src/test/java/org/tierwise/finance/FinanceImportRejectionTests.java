package org.tierwise.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tierwise.imports.ImportOptions;
import org.tierwise.imports.ImportRejectedException;
import org.tierwise.imports.ImportService;
import org.tierwise.imports.RowError;

/** A malformed finance file is refused whole, naming line and field, and nothing from it is stored. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:FinanceImportRejectionTests;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinanceImportRejectionTests {

    private static final Path SPENDING = Path.of("fixtures/finance/finance_spending.csv");

    @Autowired
    ImportService imports;

    @Autowired
    SpendItemRepository items;

    @Autowired
    ApprovalRepository approvals;

    @BeforeAll
    void importFunds() throws Exception {
        imports.importPath(Path.of("fixtures/finance/finance_funds.csv"));
    }

    @Test
    void refusesASpendingFileWithAMalformedAmountAndStoresNothing() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(SPENDING));
        lines.set(3, lines.get(3).replace(",765000,2013-04-15,", ",765k,2013-04-15,")); // line 4: ROTH-01

        assertThatThrownBy(() -> imports.importFile(null, "spending.csv", bytes(lines), ImportOptions.none()))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.line()).isEqualTo(4);
                        assertThat(error.column()).isEqualTo("AMOUNT");
                        assertThat(error.value()).isEqualTo("765k");
                        assertThat(error.expected()).contains("an amount in pounds");
                    });
                });
        assertThat(items.count()).isZero();
    }

    @Test
    void refusesAMalformedDateAndAnUnknownFundNamingEachLineAndField() {
        String csv = "ITEM_REF,FUND_REF,KIND,AMOUNT,DATE,PURPOSE,CATEGORY,RECIPIENT,RECIPIENT_TYPE\n"
                + "X1,DOR-SSIF-2018-19,PAYMENT,100,2018-11-01,Chair,SCHOOL_IMPROVEMENT,Chair,INDIVIDUAL\n"
                + "X2,DOR-SSIF-2018-19,PAYMENT,100,31/02/2019,Chair,SCHOOL_IMPROVEMENT,Chair,INDIVIDUAL\n"
                + "X3,NO-SUCH-FUND,PAYMENT,100,2018-11-01,Chair,SCHOOL_IMPROVEMENT,Chair,INDIVIDUAL\n"
                + "X4,DOR-SSIF-2018-19,GIFT,-5,2018-11-01,Chair,SCHOOL_IMPROVEMENT,Chair,ACADEMY TRUST\n";

        assertThatThrownBy(() -> imports.importFile("finance-spending", "bad.csv", bytes(csv), ImportOptions.none()))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .extracting(RowError::line, RowError::column, RowError::value)
                        .containsExactly(
                                tuple(3L, "DATE", "31/02/2019"),
                                tuple(4L, "FUND_REF", "NO-SUCH-FUND"),
                                tuple(5L, "KIND", "GIFT"),
                                tuple(5L, "AMOUNT", "-5"),
                                tuple(5L, "RECIPIENT_TYPE", "ACADEMY TRUST")));
        assertThat(items.count()).isZero();
    }

    @Test
    void refusesAnApprovalOfAnUnknownItem() {
        String csv = "APPROVAL_REF,BODY,APPROVED_ON,REFERENCE,AMOUNT,SCOPE\n"
                + "A1,CABINET,2013-04-10,Cabinet,765000,ROTH-99\n";

        assertThatThrownBy(() -> imports.importFile(null, "approvals.csv", bytes(csv), ImportOptions.none()))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .extracting(RowError::line, RowError::column)
                        .containsExactly(tuple(2L, "BODY"), tuple(2L, "SCOPE")));
        assertThat(approvals.count()).isZero();
    }

    @Test
    void refusesAFundApprovalForAnUnknownCategory() {
        String csv = "APPROVAL_REF,BODY,APPROVED_ON,REFERENCE,AMOUNT,SCOPE,CATEGORIES\n"
                + "A1,SCHOOLS_FORUM,2012-10-05,Forum,765000,ROTH-DSG-SI-2013-14,HISTORIC_OTHER;TEA_AND_BISCUITS\n";

        assertThatThrownBy(() -> imports.importFile(null, "approvals.csv", bytes(csv), ImportOptions.none()))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .extracting(RowError::line, RowError::column)
                        .containsExactly(tuple(2L, "CATEGORIES")));
        assertThat(approvals.count()).isZero();
    }

    private static byte[] bytes(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
