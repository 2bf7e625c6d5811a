package org.tierwise.school.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tierwise.imports.ImportOptions;
import org.tierwise.imports.ImportRejectedException;
import org.tierwise.imports.ImportReport;
import org.tierwise.imports.ImportService;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.CategoryOfConcern;
import org.tierwise.school.DataStatus;
import org.tierwise.school.Inspection;
import org.tierwise.school.InspectionRepository;
import org.tierwise.school.ReportCardGrade;
import org.tierwise.tiering.StoredDetail;
import org.tierwise.tiering.Tier;
import org.tierwise.tiering.TieringRun;
import org.tierwise.tiering.TieringRunStore;

/**
 * Ofsted report cards (from 10 November 2025) as Ofsted's management information names them: each
 * evaluation area in words, safeguarding met or not met, with the school's earlier graded
 * inspection on the same row. A 2025-26 run decides the category from the grades.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:ReportCardImportTests;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportCardImportTests {

    private static final Path FILE = Path.of("src/test/resources/imports/report-cards/mi_report_cards_constructed.csv");

    @Autowired
    ImportService imports;

    @Autowired
    InspectionRepository inspections;

    @Autowired
    TieringRun tiering;

    @Autowired
    TieringRunStore store;

    @BeforeAll
    void importRegister() throws Exception {
        imports.importPath(Path.of("fixtures/published/herts919_school_information_2022-23_subset.csv"));
    }

    @Test
    void importsReportCardsAndTiersTheirCategoriesIn2025To26() throws Exception {
        ImportReport report =
                imports.importFile(null, FILE.getFileName().toString(), Files.readAllBytes(FILE), ImportOptions.none());

        assertThat(report.kind()).isEqualTo("report-cards");
        assertThat(report.rows()).isEqualTo(5);
        assertThat(report.skipped()).singleElement().satisfies(s -> assertThat(s.key())
                .isEqualTo("URN 117120"));
        assertThat(report.notes()).anyMatch(n -> n.contains("earlier graded inspection(s)"));
        Inspection card = judgement(117096, LocalDate.of(2026, 1, 20));
        assertThat(card.getOverallEffectiveness()).isNull();
        assertThat(card.getLeadershipAndGovernance()).isEqualTo(ReportCardGrade.URGENT_IMPROVEMENT);
        assertThat(card.getCurriculumAndTeaching()).isEqualTo(ReportCardGrade.URGENT_IMPROVEMENT);
        assertThat(card.getEarlyYears()).isEqualTo(ReportCardGrade.EXPECTED_STANDARD);
        assertThat(card.getSixthForm()).isNull();
        assertThat(card.getSafeguardingMet()).isTrue();
        assertThat(card.getCategoryOfConcern()).isEqualTo(CategoryOfConcern.SPECIAL_MEASURES);
        Inspection before = judgement(117195, LocalDate.of(2023, 2, 23));
        assertThat(before.getOverallEffectiveness()).isEqualTo(3);
        assertThat(before.getLeadershipAndManagement()).isEqualTo(3);

        TieringRun.Request request =
                new TieringRun.Request(919, new AcademicYear(2026), DataStatus.FINAL, LocalDate.of(2026, 3, 31));
        long run = tiering.run(request, "test").id();
        // leadership and governance "urgent improvement": special measures
        assertThat(store.result(run, 117096).orElseThrow().tier()).isEqualTo(Tier.INTERVENTION);
        assertThat(ruleIds(run, 117096))
                .contains("TIER-051", "TIER-070", "TIER-071")
                .doesNotContain("TIER-050");
        // "urgent improvement" in achievement only: requires significant improvement
        assertThat(store.result(run, 117097).orElseThrow().tier()).isEqualTo(Tier.INTERVENTION);
        assertThat(ruleIds(run, 117097)).contains("TIER-050").doesNotContain("TIER-051");
        // expected standard or better throughout
        assertThat(ruleIds(run, 117098)).doesNotContain("TIER-050", "TIER-051", "TIER-052", "TIER-008");
        // leadership "needs attention" after RI with leadership RI in 2023: coasting (SI 2025/1120)
        assertThat(ruleIds(run, 117195)).contains("TIER-016", "TIER-052").doesNotContain("TIER-011");
        assertThat(store.result(run, 117195).orElseThrow().tier()).isEqualTo(Tier.INTERVENTION);

        ImportReport again =
                imports.importFile(null, FILE.getFileName().toString(), Files.readAllBytes(FILE), ImportOptions.none());
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
    }

    @Test
    void refusesAGradeNotOnTheFivePointScaleNamingItsLineAndColumn() {
        String csv = "URN,Leadership and governance,Leadership and governance - date of grade,Safeguarding standards\n"
                + "117089,Good,12/01/2026,Met\n";
        long before = inspections.count();
        assertThatThrownBy(() -> imports.importFile(
                        "report-cards", "bad.csv", csv.getBytes(StandardCharsets.UTF_8), ImportOptions.none()))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.line()).isEqualTo(2);
                            assertThat(error.column()).isEqualTo("Leadership and governance");
                            assertThat(error.value()).isEqualTo("Good");
                        }));
        assertThat(inspections.count()).isEqualTo(before);
    }

    private Inspection judgement(int urn, LocalDate date) {
        return inspections.findByUrnIn(List.of(urn)).stream()
                .filter(i -> i.getInspectionDate().equals(date))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no judgement of " + urn + " on " + date));
    }

    private List<String> ruleIds(long runId, int urn) {
        return store.details(runId, urn).stream().map(StoredDetail::ruleId).toList();
    }
}
