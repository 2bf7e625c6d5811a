package org.tierwise.school.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
        assertThat(report.skipped()).isEmpty();
        assertThat(report.setAside().notInRegister()).singleElement().satisfies(counted -> {
            assertThat(counted.la()).isNull(); // the file has no LEA column
            assertThat(counted.rows()).isEqualTo(1);
            assertThat(counted.exampleUrns()).containsExactly(999999);
        });
        assertThat(report.notes())
                .contains("1 row for schools not in the register (URN 999999): import their school"
                        + " information first to load them");
    }

    @Test
    void refusesKs2FiguresTheDfeCouldNotHavePublishedNamingTheAllowedRange() {
        String csv = "URN,TELIG,PTRWM_EXP,READPROG,READPROG_LOWER\n"
                + "117083,30,-50,1.0,-2.0\n"
                + "117084,30,150,1.0,-2.0\n"
                + "117085,-7,62,1.0,-2.0\n"
                + "117086,30,62,-99999,-2.0\n"
                + "117087,30,62,1.0,-61\n"
                + "117088,12.5,62,1.0,-2.0\n";
        long before = ks2.count();

        assertThatThrownBy(() -> imports.importFile("ks2", "ks2_2018-19.csv", bytes(csv), ImportOptions.none()))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.errors())
                            .extracting(RowError::file, RowError::line, RowError::column, RowError::value)
                            .containsExactly(
                                    tuple("ks2_2018-19.csv", 2L, "PTRWM_EXP", "-50"),
                                    tuple("ks2_2018-19.csv", 3L, "PTRWM_EXP", "150"),
                                    tuple("ks2_2018-19.csv", 4L, "TELIG", "-7"),
                                    tuple("ks2_2018-19.csv", 5L, "READPROG", "-99999"),
                                    tuple("ks2_2018-19.csv", 6L, "READPROG_LOWER", "-61"),
                                    tuple("ks2_2018-19.csv", 7L, "TELIG", "12.5"));
                    assertThat(e.errors().get(0).expected()).contains("from 0 to 100 (a percentage)");
                    assertThat(e.errors().get(2).expected()).contains("a whole number from 0 up (a number of pupils)");
                    assertThat(e.errors().get(3).expected()).contains("from -40 to 40 (a KS2 progress score)");
                    assertThat(e.errors().get(4).expected()).contains("from -60 to 60");
                    assertThat(e.errors().get(3).toString())
                            .startsWith("ks2_2018-19.csv:5: column READPROG has '-99999', expected a number from -40"
                                    + " to 40 (a KS2 progress score), or a DfE marker");
                });
        assertThat(ks2.count()).isEqualTo(before);
    }

    @Test
    void refusesKs4FiguresTheDfeCouldNotHavePublished() {
        String csv = "URN,TPUP,P8MEA,P8CILOW,ATT8SCR,PTL2BASICS_95,EBACCAPS\n"
                + "117083,-1,0.5,0.1,50,40,4\n"
                + "117084,150,12,0.1,50,40,4\n"
                + "117085,150,0.5,-16,50,40,4\n"
                + "117086,150,0.5,0.1,95,40,4\n"
                + "117087,150,0.5,0.1,50,101%,4\n"
                + "117088,150,0.5,0.1,50,40,9.5\n";

        assertThatThrownBy(() -> imports.importFile("ks4", "ks4_2018-19.csv", bytes(csv), ImportOptions.none()))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .extracting(RowError::line, RowError::column, RowError::value)
                        .containsExactly(
                                tuple(2L, "TPUP", "-1"),
                                tuple(3L, "P8MEA", "12"),
                                tuple(4L, "P8CILOW", "-16"),
                                tuple(5L, "ATT8SCR", "95"),
                                tuple(6L, "PTL2BASICS_95", "101%"),
                                tuple(7L, "EBACCAPS", "9.5")));
    }

    @Test
    void acceptsFiguresAtTheEdgesOfTheirRangesAndMarkers() {
        // URNs not in the register: every cell is checked, nothing is stored.
        String csv = "URN,TELIG,PTRWM_EXP,READPROG,READPROG_LOWER,WRITPROG\n"
                + "999001,0,0,-40,-60,SUPP\n"
                + "999002,12.0,100%,40,60,NE\n";
        ImportReport report = imports.importFile("ks2", "ks2_2018-19.csv", bytes(csv), ImportOptions.none());
        assertThat(report.setAside().rows()).isEqualTo(2);
    }

    @Test
    void refusesResultsForAnAcademicYearThatHasNotBegun() {
        AcademicYear current = AcademicYear.containing(LocalDate.now());
        AcademicYear next = new AcademicYear(current.endYear() + 1);
        String csv = "URN,PTRWM_EXP\n117083,62%\n";
        long before = ks2.count();

        assertThatThrownBy(() ->
                        imports.importFile("ks2", "ks2_" + next.label() + ".csv", bytes(csv), ImportOptions.none()))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("ks2_" + next.label() + ".csv")
                .hasMessageContaining("is " + next.label())
                .hasMessageContaining("expected " + current.label() + " or earlier");
        assertThatThrownBy(() -> imports.importFile(
                        "ks4", "results.csv", bytes("URN,P8MEA\n117083,0.1\n"), new ImportOptions(next, null)))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("expected " + current.label() + " or earlier");
        assertThat(ks2.count()).isEqualTo(before);
    }

    @Test
    void refusesAnInspectionDatedAfterToday() {
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        String csv = "URN,Inspection date,Overall effectiveness\n117083," + tomorrow + ",2\n";
        long before = inspections.count();
        assertThatThrownBy(() -> imports.importFile("inspections", "ofsted.csv", bytes(csv), ImportOptions.none()))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.errors().get(0).line()).isEqualTo(2);
                    assertThat(e.errors().get(0).column()).isEqualTo("Inspection date");
                    assertThat(e.errors().get(0).value()).isEqualTo(tomorrow.toString());
                    assertThat(e.errors().get(0).expected()).contains("no later than today");
                });
        assertThat(inspections.count()).isEqualTo(before);
    }

    @Test
    void refusesARegisterRowWithANegativeNumberOfPupils() {
        String csv = "URN,SCHNAME,SCHOOLTYPE,NumberOfPupils\n117083,Abbots Langley School,Community school,-3\n";
        assertThatThrownBy(() -> imports.importFile("schools", "register.csv", bytes(csv), ImportOptions.none()))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.errors().get(0).column()).isEqualTo("NumberOfPupils");
                    assertThat(e.errors().get(0).expected()).contains("from 0 up");
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
