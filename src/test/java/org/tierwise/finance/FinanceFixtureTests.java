package org.tierwise.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tierwise.imports.ImportReport;
import org.tierwise.imports.ImportService;
import org.tierwise.rules.RuleFireCounts;

/** The finance fixtures import with the councils' figures, and their spending raises exactly the expected flags. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:FinanceFixtureTests;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinanceFixtureTests {

    private static final Path FIXTURES = Path.of("fixtures/finance");

    @Autowired
    ImportService imports;

    @Autowired
    FundRepository funds;

    @Autowired
    SpendItemRepository items;

    @Autowired
    ApprovalRepository approvals;

    @Autowired
    ReservePolicyRepository policies;

    @Autowired
    FinanceCheck check;

    @Autowired
    RuleFireCounts fireCounts;

    @Autowired
    CheckFinanceCommand command;

    private List<ImportReport> reports;

    @BeforeAll
    void importFixtures() throws Exception {
        reports = imports.importPath(FIXTURES);
    }

    @Test
    void importsEachFinanceFileInDependencyOrder() {
        assertThat(reports)
                .extracting(ImportReport::kind, ImportReport::created)
                .containsExactly(
                        tuple("finance-funds", 7),
                        tuple("finance-spending", 7),
                        tuple("finance-approvals", 8),
                        tuple("finance-reserve-policies", 1));
        assertThat(funds.count()).isEqualTo(7);
        assertThat(items.count()).isEqualTo(7);
        assertThat(approvals.count()).isEqualTo(8);
        assertThat(policies.count()).isEqualTo(1);
    }

    @Test
    void keepsTheCouncilsFiguresAsTheReportsGiveThem() {
        Fund ssr = funds.findByRef("NOTT-SSR-2015-16").orElseThrow();
        assertThat(ssr.getKind()).isEqualTo(FundKind.DSG_RESERVE);
        assertThat(ssr.getBalance()).isEqualByComparingTo("5747000");
        assertThat(ssr.getDataSource()).contains("report").contains("£5.747m");
        SpendItem learnersFirst = items.findAll().stream()
                .filter(i -> i.getRef().equals("ROTH-01"))
                .findFirst()
                .orElseThrow();
        assertThat(learnersFirst.getAmount()).isEqualByComparingTo("765000");
        assertThat(learnersFirst.getRecipientType()).isEqualTo(RecipientType.COMPANY);
        assertThat(learnersFirst.getCategory()).isEqualTo(ExpenditureCategory.HISTORIC_OTHER);
        Approval cabinet = approvals.findAll().stream()
                .filter(a -> a.getRef().equals("ROTH-A2"))
                .findFirst()
                .orElseThrow();
        assertThat(cabinet.getBody()).isEqualTo(ApprovalBody.EXECUTIVE);
        assertThat(cabinet.getDate()).isEqualTo(LocalDate.of(2013, 4, 10));
        ReservePolicy policy = policies.findAll().get(0);
        assertThat(policy.getRiskCover()).isEqualByComparingTo(new BigDecimal("818000"));
        assertThat(policy.getPermittedCategories()).startsWith("SCHOOL_IMPROVEMENT;");
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() throws Exception {
        List<ImportReport> again = imports.importPath(FIXTURES);
        assertThat(again).allSatisfy(report -> {
            assertThat(report.created()).isZero();
            assertThat(report.updated()).isZero();
        });
        assertThat(items.count()).isEqualTo(7);
    }

    @Test
    void theFixturesSpendingRaisesTheVatReviewAndTheChecksTheRegulationsOfEachYearAskFor() {
        FinanceCheckRun run = check.run(FinanceCheckScope.all(), LocalDate.of(2026, 1, 1));

        List<FinanceFlagRecord> flags = check.flags(run, null, null);
        assertThat(flags)
                .extracting(FinanceFlagRecord::getItemRef, FinanceFlagRecord::getRuleId, FinanceFlagRecord::getSeverity)
                .containsExactlyInAnyOrder(
                        tuple("DOR-02", "FIN-015", Severity.WARNING),
                        // 2015-16: school improvement is not a class of SI 2014/3352 Sch 2 (FIN-024)
                        tuple("NOTT-01", "FIN-024", Severity.WARNING),
                        // the 0.1% limit of SI 2012/2991 Sch 2 para 4(e) needs Rotherham's schools budget
                        tuple("ROTH-01", "FIN-026", Severity.WARNING),
                        // the forum approved the school-led model (HISTORIC_OTHER), not the virement
                        tuple("ROTH-02", "FIN-002", Severity.NEEDS_APPROVAL),
                        tuple("ROTH-02", "FIN-012", Severity.WARNING));
        FinanceFlagRecord vat = flags.stream()
                .filter(f -> f.getRuleId().equals("FIN-015"))
                .findFirst()
                .orElseThrow();
        assertThat(vat.getRegulation()).contains("VAT Act 1994 s33").contains("Dorset Cabinet 17 Oct 2018");
        assertThat(vat.getMessage()).contains("£60,000 PURCHASE").contains("refer to the VAT officer");
        assertThat(vat.getFacts()).contains("ref: DOR-02").doesNotContain("SpendItemFacts[");
        assertThat(run.getItemsChecked()).isEqualTo(7);
        assertThat(run.getRuleSetDigest()).hasSize(64);
        assertThat(fireCounts.latestByKind().get("finance").fired()).containsEntry("FIN-015", 1L);
    }

    @Test
    void aRunScopedToOneYearKeepsOnlyThatYearsItems() {
        FinanceCheckRun run = check.run(new FinanceCheckScope(null, "2015-16"), LocalDate.of(2026, 1, 1));
        assertThat(run.getItemsChecked()).isEqualTo(2);
        assertThat(run.getFlagCount()).isEqualTo(1);
    }

    @Test
    void theCommandPrintsTheFlagsAndExitsZeroWithoutABreach() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = command.run(List.of("--year=2018-19"), new PrintStream(output, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("WARNING        DOR-02     FIN-015")
                .contains("3 items, 1 flags (0 breach, 0 needs approval, 1 warning)");
    }

    @Test
    void theCommandRefusesAMalformedYear() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = command.run(List.of("--year=2015"), new PrintStream(output, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("not a financial year such as 2015-16");
    }
}
