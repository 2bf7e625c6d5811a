package org.tierwise.school.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tierwise.imports.ImportReport;
import org.tierwise.imports.ImportService;
import org.tierwise.school.CategoryOfConcern;
import org.tierwise.school.Governance;
import org.tierwise.school.Inspection;
import org.tierwise.school.InspectionRepository;
import org.tierwise.school.Ks2Result;
import org.tierwise.school.Ks2ResultRepository;
import org.tierwise.school.Ks4Result;
import org.tierwise.school.Ks4ResultRepository;
import org.tierwise.school.Marker;
import org.tierwise.school.Measure;
import org.tierwise.school.Phase;
import org.tierwise.school.School;
import org.tierwise.school.SchoolRepository;
import org.tierwise.school.SchoolStatus;

/** Imports the real fixture files and checks counts and values against the CSVs by hand. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:FixtureImportTests;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FixtureImportTests {

    @Autowired
    ImportService imports;

    @Autowired
    SchoolRepository schools;

    @Autowired
    InspectionRepository inspections;

    @Autowired
    Ks2ResultRepository ks2;

    @Autowired
    Ks4ResultRepository ks4;

    Map<String, ImportReport> reports;

    @BeforeAll
    void importFixtures() throws Exception {
        reports = imports.importPath(Path.of("fixtures")).stream()
                .collect(Collectors.toMap(ImportReport::file, Function.identity()));
    }

    @Test
    void readsEveryRowOfThePublishedFiles() {
        assertThat(reports.get("herts919_school_information_2022-23_subset.csv").created())
                .isEqualTo(57);
        assertThat(reports.get("herts919_ofsted_dfe_asat_2018-07-31.csv").rows())
                .isEqualTo(471);
        assertThat(reports.get("herts919_ks2_2018-19_progress_waiky8.csv").rows())
                .isEqualTo(354);
        assertThat(reports.get("herts919_ks2_2022-23_with_2018-19_floor_inputs.csv")
                        .rows())
                .isEqualTo(33);
        assertThat(reports.get("herts919_ks4_2018-19_p8_waiky8.csv").rows()).isEqualTo(123);
        assertThat(reports.get("herts919_ks4_2022-23_p8_with_ci.csv").rows()).isEqualTo(8);
        assertThat(reports.get("850_gias_extract_2022-04-19.csv").created()).isEqualTo(427);
        assertThat(schools.count()).isEqualTo(57 + 456 + 427);
        assertThat(reports.values())
                .filteredOn(r -> r.file().startsWith("herts919"))
                .allSatisfy(r -> assertThat(r.skipped()).isEmpty());
        // Hampshire's Ofsted file names its secondaries too, which its primary-only register lacks.
        assertThat(reports.get("850_ofsted_dfe_asat_2018-07-31.csv").skipped())
                .isNotEmpty()
                .allSatisfy(skipped -> assertThat(skipped.reason()).contains("is not in the register"));
    }

    @Test
    void storesTheRegisterEntryAsPublished() {
        School abbots = schools.findById(117083).orElseThrow();
        assertThat(abbots.getName()).isEqualTo("Abbots Langley School");
        assertThat(abbots.getLaCode()).isEqualTo(919);
        assertThat(abbots.getPhase()).isEqualTo(Phase.PRIMARY);
        assertThat(abbots.getGovernance()).isEqualTo(Governance.COMMUNITY);
        assertThat(abbots.getPostcode()).isEqualTo("WD5 0BQ");
        assertThat(abbots.getClusterId()).isEqualTo("HTS-ABBOTS-LANGLEY");

        School warner = schools.findById(136607).orElseThrow();
        assertThat(warner.getGovernance()).isEqualTo(Governance.ACADEMY_CONVERTER);
        assertThat(warner.getPhase()).isEqualTo(Phase.SECONDARY);
        assertThat(warner.getStatus()).isEqualTo(SchoolStatus.CLOSED);
        assertThat(warner.getCloseDate()).isEqualTo(LocalDate.of(2023, 12, 31));

        School batchwood = schools.findById(117674).orElseThrow();
        assertThat(batchwood.getPhase()).isEqualTo(Phase.SPECIAL);
    }

    @Test
    void recordsTheRegistersOfstedCategoryOfConcern() {
        List<Inspection> martinsWood = inspections.findByUrnOrderByInspectionDateDesc(117285);
        assertThat(martinsWood).hasSize(2);
        assertThat(martinsWood.get(0).getInspectionDate()).isEqualTo(LocalDate.of(2021, 11, 18));
        assertThat(martinsWood.get(0).getOverallEffectiveness()).isEqualTo(4);
        assertThat(martinsWood.get(0).getCategoryOfConcern()).isEqualTo(CategoryOfConcern.SERIOUS_WEAKNESSES);
        assertThat(martinsWood.get(1).getInspectionDate()).isEqualTo(LocalDate.of(2017, 11, 15));
        assertThat(martinsWood.get(1).getOverallEffectiveness()).isEqualTo(2);

        assertThat(inspections.findByUrnOrderByInspectionDateDesc(117348).get(0).getCategoryOfConcern())
                .isEqualTo(CategoryOfConcern.SPECIAL_MEASURES);
    }

    @Test
    void storesKs2ResultsForEachYearWithTheirConfidenceIntervals() {
        Map<Integer, Ks2Result> abbots = ks2.findByUrnOrderByAcademicYearDesc(117083).stream()
                .collect(Collectors.toMap(Ks2Result::getAcademicYear, Function.identity()));
        assertThat(abbots).containsOnlyKeys(2019, 2023);
        Ks2Result y2023 = abbots.get(2023);
        assertThat(y2023.getRwmExpected()).isEqualTo(Measure.of("62"));
        assertThat(y2023.getReadingProgress()).isEqualTo(Measure.of("-1.1"));
        assertThat(y2023.getReadingProgressLower()).isEqualTo(Measure.of("-2.7"));
        assertThat(y2023.getReadingProgressUpper()).isEqualTo(Measure.of("0.5"));
        Ks2Result y2019 = abbots.get(2019);
        assertThat(y2019.getEligiblePupils()).isEqualTo(Measure.of("90"));
        assertThat(y2019.getRwmExpected()).isEqualTo(Measure.of("59"));
        assertThat(y2019.getReadingProgress()).isEqualTo(Measure.of("1.3"));
        assertThat(y2019.getMathsProgressUpper()).isEqualTo(Measure.of("1.5"));
        assertThat(y2019.getReadingBand()).isEqualTo(Measure.of("2"));
    }

    @Test
    void keepsSuppressedFiguresAsNotPublished() {
        Ks2Result hexton = ks2.findByUrnOrderByAcademicYearDesc(117112).get(0);
        assertThat(hexton.getReadingProgress()).isEqualTo(Measure.of(Marker.SUPP));
        assertThat(hexton.getWritingProgress()).isEqualTo(Measure.of("-6.8"));

        Ks4Result elstree = ks4.findByUrnOrderByAcademicYearDesc(139416).get(0);
        assertThat(elstree.getProgress8()).isEqualTo(Measure.of("-1.16"));
        assertThat(elstree.getProgress8Band()).isEqualTo(Measure.of(Marker.SUPP));
    }

    @Test
    void storesKs4ProgressEightWithItsBandInWords() {
        Ks4Result astley = ks4.findByUrnOrderByAcademicYearDesc(117552).get(0);
        assertThat(astley.getAcademicYear()).isEqualTo(2023);
        assertThat(astley.getProgress8()).isEqualTo(Measure.of("-0.82"));
        assertThat(astley.getProgress8Lower()).isEqualTo(Measure.of("-1.07"));
        assertThat(astley.getProgress8Upper()).isEqualTo(Measure.of("-0.57"));
        assertThat(astley.getProgress8Band()).isEqualTo(Measure.of("5"));
        assertThat(astley.getAttainment8()).isEqualTo(Measure.of("35.7"));
        assertThat(astley.getRecordType()).isEqualTo(1);
    }

    @Test
    void marksConstructedValuesAsConstructed() {
        Ks2Result hatfield2018 = ks2.findByUrnOrderByAcademicYearDesc(138201).stream()
                .filter(r -> r.getAcademicYear() == 2018)
                .findFirst()
                .orElseThrow();
        assertThat(hatfield2018.getDataSource()).startsWith("constructed:");
        assertThat(schools.findById(102256).orElseThrow().getDataSource()).startsWith("constructed:");
        assertThat(schools.findById(117083).orElseThrow().getDataSource()).startsWith("published:");
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() throws Exception {
        long before = ks2.count() + ks4.count() + inspections.count() + schools.count();
        List<ImportReport> again = imports.importPath(Path.of("fixtures"));
        assertThat(again).allSatisfy(report -> {
            assertThat(report.created()).as(report.file()).isZero();
            assertThat(report.updated()).as(report.file()).isZero();
        });
        assertThat(ks2.count() + ks4.count() + inspections.count() + schools.count())
                .isEqualTo(before);
    }
}
