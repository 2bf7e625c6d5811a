package org.tierwise.school.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.tierwise.imports.ImportReport;
import org.tierwise.imports.ImportService;
import org.tierwise.imports.RowError;
import org.tierwise.imports.UnknownImportKindException;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.InspectionRepository;
import org.tierwise.school.Ks2ResultRepository;
import org.tierwise.school.LocalIntelligenceRepository;
import org.tierwise.school.SchoolRepository;

/** Bad input is refused whole, with the file, line, column and value named, and nothing stored. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:ImportRejectionTests;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportRejectionTests {

    private static final Path PUBLISHED = Path.of("fixtures/published");
    private static final String KS2_2023 = "herts919_ks2_2022-23_with_2018-19_floor_inputs.csv";
    private static final String KS4_2023 = "herts919_ks4_2022-23_p8_with_ci.csv";

    @Autowired
    ImportService imports;

    @Autowired
    SchoolRepository schools;

    @Autowired
    Ks2ResultRepository ks2;

    @Autowired
    InspectionRepository inspections;

    @Autowired
    LocalIntelligenceRepository intelligence;

    @BeforeAll
    void importRegister() throws Exception {
        imports.importPath(PUBLISHED.resolve("herts919_school_information_2022-23_subset.csv"));
    }

    @Test
    void refusesAResultsFileWithOneMalformedRowAndStoresNothing() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(PUBLISHED.resolve(KS2_2023)));
        lines.set(3, lines.get(3).replace(",3.0,0.7,5.2,", ",three,0.7,5.2,")); // line 4: READPROG
        long before = ks2.count();

        assertThatThrownBy(() -> imports.importFile("ks2", KS2_2023, bytes(lines), ImportOptions.none()))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.errors()).hasSize(1);
                    RowError error = e.errors().get(0);
                    assertThat(error.file()).isEqualTo(KS2_2023);
                    assertThat(error.line()).isEqualTo(4);
                    assertThat(error.column()).isEqualTo("READPROG");
                    assertThat(error.value()).isEqualTo("three");
                    assertThat(error.expected()).contains("a number");
                });
        assertThat(ks2.count()).isEqualTo(before);
    }

    @Test
    void reportsEveryBadCellOfAFileAtOnce() {
        String csv = "URN,SCHNAME,PTRWM_EXP,READPROG\n117083,A,62%,1.0\n117084,B,lots,1.0\nabc,C,50%,minus\n";
        assertThatThrownBy(() -> imports.importFile("ks2", "ks2_2018-19.csv", bytes(csv), ImportOptions.none()))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .extracting(RowError::line, RowError::column)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(3L, "PTRWM_EXP"),
                                org.assertj.core.groups.Tuple.tuple(4L, "URN"),
                                org.assertj.core.groups.Tuple.tuple(4L, "READPROG")));
    }

    @Test
    void recognisesAKs4FileGivenAsKs2AndRefusesIt() throws Exception {
        byte[] ks4File = Files.readAllBytes(PUBLISHED.resolve(KS4_2023));
        assertThatThrownBy(() -> imports.importFile("ks2", KS4_2023, ks4File, ImportOptions.none()))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("looks like a DfE KS4 results file")
                .hasMessageContaining("not a DfE KS2 results file");
    }

    @Test
    void reportsResultsForAUrnNotInTheRegisterInsteadOfDroppingThem() {
        String csv = "URN,PTRWM_EXP,READPROG\n117083,62%,1.0\n999999,50%,-1.0\n";
        ImportReport report =
                imports.importFile("ks2", "upload.csv", bytes(csv), new ImportOptions(new AcademicYear(2016), null));
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.line()).isEqualTo(3);
            assertThat(skipped.key()).isEqualTo("URN 999999");
            assertThat(skipped.reason()).contains("not in the register");
        });
    }

    @Test
    void refusesAResultsFileWhoseYearIsUnknown() {
        String csv = "URN,PTRWM_EXP\n117083,62%\n";
        assertThatThrownBy(() -> imports.importFile("ks2", "results.csv", bytes(csv), ImportOptions.none()))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("academic year");
    }

    @Test
    void refusesTheSameUrnTwiceInOneFile() {
        String csv = "URN,PTRWM_EXP\n117083,62%\n117084,70%\n117083,63%\n";
        assertThatThrownBy(() -> imports.importFile("ks2", "ks2_2014-15.csv", bytes(csv), ImportOptions.none()))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(
                                e.errors().get(0).toString())
                        .contains(":4:")
                        .contains("also on line 2"));
    }

    @Test
    void refusesARowWithMoreFieldsThanTheHeader() {
        String csv = "URN,PTRWM_EXP\n117083,62%\n117084,70%,extra\n";
        assertThatThrownBy(() -> imports.importFile("ks2", "ks2_2014-15.csv", bytes(csv), ImportOptions.none()))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors().get(0).line()).isEqualTo(3));
    }

    @Test
    void refusesARegisterRowWithABadDateAndKeepsTheRegister() {
        String csv = "URN,SCHNAME,SCHOOLTYPE,OPENDATE\n117083,Renamed School,Community school,31-02-2020\n";
        assertThatThrownBy(() -> imports.importFile("schools", "register.csv", bytes(csv), ImportOptions.none()))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.errors().get(0).column()).isEqualTo("OPENDATE");
                    assertThat(e.errors().get(0).value()).isEqualTo("31-02-2020");
                });
        assertThat(schools.findById(117083).orElseThrow().getName()).isEqualTo("Abbots Langley School");
    }

    @Test
    void refusesAnInspectionGradeOutsideOneToFour() {
        String csv = "URN,Inspection date,Overall effectiveness\n117083,2019-01-10,5\n";
        long before = inspections.count();
        assertThatThrownBy(() -> imports.importFile("inspections", "ofsted.csv", bytes(csv), ImportOptions.none()))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors().get(0).expected()).contains("1-4"));
        assertThat(inspections.count()).isEqualTo(before);
    }

    @Test
    void refusesAConcernOfAnUnknownKind() {
        String csv = "URN,KIND,RECORDED_ON,NOTE,RECORDED_BY\n117083,GOSSIP,2023-01-01,Heard something,Me\n";
        long before = intelligence.count();
        assertThatThrownBy(() -> imports.importFile(null, "concerns.csv", bytes(csv), ImportOptions.none()))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors().get(0).expected()).contains("SAFEGUARDING"));
        assertThat(intelligence.count()).isEqualTo(before);
    }

    @Test
    void refusesAFileOfNoKnownKind() {
        assertThatThrownBy(() -> imports.importFile(null, "x.csv", bytes("A,B\n1,2\n"), ImportOptions.none()))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("matches none of");
        assertThatThrownBy(() -> imports.importFile("ks9", "x.csv", bytes("URN\n1\n"), ImportOptions.none()))
                .isInstanceOf(UnknownImportKindException.class);
        assertThatThrownBy(() -> imports.importFile("ks2", "x.csv", new byte[0], ImportOptions.none()))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void readsAByteOrderMarkAndWindows1252Text() {
        byte[] bom = bytes("\uFEFFURN,Inspection date,Overall effectiveness\n117083,2012-01-10,3\n");
        assertThat(imports.importFile("inspections", "bom.csv", bom, ImportOptions.none())
                        .created())
                .isEqualTo(1);

        byte[] cp1252 = "URN,KIND,RECORDED_ON,NOTE,RECORDED_BY\n117084,OTHER,2023-01-01,Caf\u00e9 closed,Me\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        ImportReport report = imports.importFile(null, "cp1252.csv", cp1252, ImportOptions.none());
        assertThat(report.notes()).anyMatch(note -> note.contains("Windows-1252"));
        assertThat(intelligence.findByUrnOrderByRecordedOnDesc(117084).get(0).getNote())
                .isEqualTo("Caf\u00e9 closed");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(List<String> lines) {
        return bytes(String.join("\n", lines) + "\n");
    }
}
