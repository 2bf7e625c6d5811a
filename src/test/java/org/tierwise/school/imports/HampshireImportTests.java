package org.tierwise.school.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.jayway.jsonpath.JsonPath;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tierwise.imports.ImportOptions;
import org.tierwise.imports.ImportRejectedException;
import org.tierwise.imports.ImportReport;
import org.tierwise.imports.ImportService;
import org.tierwise.imports.RowError;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.DataStatus;
import org.tierwise.school.Ks2Result;
import org.tierwise.school.Ks2ResultRepository;
import org.tierwise.school.Ks4ResultRepository;
import org.tierwise.school.Marker;
import org.tierwise.school.Measure;

/**
 * Hampshire's DfE KS2 and KS4 downloads, exactly as published (summary rows, a byte-order mark,
 * rows a trailing field short, 300-500 columns), each import through the API in one call. The
 * register is Hampshire's primaries, built from the KS2 files' own URN, name and LA columns in the
 * register importer's format (the GIAS extract is another issue's), so the KS4 files' secondaries
 * are results for schools the register lacks.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:HampshireImportTests;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HampshireImportTests {

    static final Path HAMPSHIRE = Path.of("../shared/data/hampshire850");

    static final List<String> KS2_FILES =
            List.of("850_ks2final_2016-17.csv", "850_ks2final_2017-18.csv", "850_ks2final_2018-19.csv");

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportService imports;

    @Autowired
    Ks2ResultRepository ks2;

    @Autowired
    Ks4ResultRepository ks4;

    /**
     * One published file: its kind, its school rows and how many of them are for schools not in
     * the register of Hampshire primaries.
     */
    record Published(String file, String kind, int rows, int notInRegister) {

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Published> published() {
        return Stream.of(
                new Published("850_ks2final_2016-17.csv", "ks2", 331, 0),
                new Published("850_ks2final_2017-18.csv", "ks2", 331, 0),
                new Published("850_ks2final_2018-19.csv", "ks2", 334, 0),
                new Published("850_ks4final_2016-17.csv", "ks4", 126, 113));
    }

    /** The KS4 2017-18 download: 42 rows, and the last line, end one field short (no P8_BANDING). */
    static final Published KS4_2017_18 = new Published("850_ks4final_2017-18.csv", "ks4", 124, 111);

    static Stream<Arguments> publishedByEndpoint() {
        return published().flatMap(p -> Stream.of(Arguments.of(p, p.kind()), Arguments.of(p, "auto")));
    }

    @BeforeAll
    void importTheRegisterOfHampshirePrimaries() throws Exception {
        Map<String, CSVRecord> schools = new TreeMap<>();
        for (String file : KS2_FILES) {
            for (CSVRecord row : records(Files.readString(HAMPSHIRE.resolve(file), StandardCharsets.UTF_8))) {
                if (!row.get("URN").isBlank()) {
                    schools.putIfAbsent(row.get("URN").trim(), row);
                }
            }
        }
        StringWriter register = new StringWriter();
        try (CSVPrinter out = CSVFormat.DEFAULT
                .builder()
                .setHeader("URN", "SCHNAME", "LA", "SCHOOLTYPE")
                .get()
                .print(register)) {
            for (CSVRecord school : schools.values()) {
                out.printRecord(school.get("URN").trim(), school.get("SCHNAME"), 850, "Community school");
            }
        }
        ImportReport report = imports.importFile(
                "schools", "hampshire850_register_from_ks2.csv", bytes(register.toString()), ImportOptions.none());
        assertThat(report.created()).isEqualTo(336);
    }

    @ParameterizedTest(name = "{0} to /api/imports/{1}")
    @MethodSource("publishedByEndpoint")
    void importsEachPublishedFileUnmodifiedInOneCall(Published file, String endpoint) throws Exception {
        assertImports(file, endpoint, Files.readAllBytes(HAMPSHIRE.resolve(file.file())));
    }

    /**
     * The rows of the KS4 2017-18 file that DfE wrote one trailing field short load: here the file
     * is given a line break at its end, so only the row-by-row reading is tested.
     */
    @Test
    void loadsTheKs4RowsThatEndOneFieldShort() throws Exception {
        byte[] published = Files.readAllBytes(HAMPSHIRE.resolve(KS4_2017_18.file()));
        byte[] withLineBreak = Arrays.copyOf(published, published.length + 1);
        withLineBreak[published.length] = '\n';
        assertImports(KS4_2017_18, "ks4", withLineBreak);
    }

    /**
     * The KS4 2017-18 file as published: its last line (the RECTYPE 7 summary row) also ends one
     * field short, and without a line break: whole, since other rows of the file are one field
     * short too, not a file cut short.
     */
    @ParameterizedTest(name = "850_ks4final_2017-18.csv to /api/imports/{0}")
    @ValueSource(strings = {"ks4", "auto"})
    void importsTheKs4FileWhoseLastLineEndsOneFieldShortUnmodified(String endpoint) throws Exception {
        assertImports(KS4_2017_18, endpoint, Files.readAllBytes(HAMPSHIRE.resolve(KS4_2017_18.file())));
    }

    private void assertImports(Published file, String endpoint, byte[] bytes) throws Exception {
        MockHttpServletResponse response = post(endpoint, file.file(), bytes);
        String body = response.getContentAsString();

        assertThat(response.getStatus()).as(body).isEqualTo(200);
        assertThat(JsonPath.<String>read(body, "$.kind")).isEqualTo(file.kind());
        assertThat(JsonPath.<Integer>read(body, "$.rows")).isEqualTo(file.rows());
        assertThat(JsonPath.<Integer>read(body, "$.setAside.summaryRows")).isEqualTo(3);
        assertThat(JsonPath.<List<String>>read(body, "$.notes"))
                .anyMatch(note -> note.startsWith("3 LA/national summary rows (RECTYPE ")
                        && note.endsWith(") set aside: they are totals, not schools"));
        assertThat(JsonPath.<List<Object>>read(body, "$.skipped")).isEmpty();
        if (file.notInRegister() == 0) {
            assertThat(JsonPath.<List<Object>>read(body, "$.setAside.notInRegister"))
                    .isEmpty();
        } else {
            assertThat(JsonPath.<Integer>read(body, "$.setAside.notInRegister[0].la"))
                    .isEqualTo(850);
            assertThat(JsonPath.<Boolean>read(body, "$.setAside.notInRegister[0].otherAuthority"))
                    .isFalse();
            assertThat(JsonPath.<Integer>read(body, "$.setAside.notInRegister[0].rows"))
                    .isEqualTo(file.notInRegister());
            assertThat(JsonPath.<List<String>>read(body, "$.notes"))
                    .anyMatch(note -> note.startsWith(
                            file.notInRegister() + " rows for schools of LA 850 not in the register (URN "));
        }
    }

    @Test
    void readsTheComparisonColumnsAsTheYearsTheyHoldMarkedWithTheFile() throws Exception {
        String file = "850_ks2final_2018-19.csv";
        assertThat(post("ks2", file, Files.readAllBytes(HAMPSHIRE.resolve(file)))
                        .getStatus())
                .isEqualTo(200);

        // Anstey Junior School: READPROG -1.9 (2018-19), READPROG_18 -2, READPROG_17 -1.8.
        Map<Integer, Ks2Result> anstey = ks2.findByUrnOrderByAcademicYearDesc(115851).stream()
                .collect(Collectors.toMap(Ks2Result::getAcademicYear, Function.identity()));
        assertThat(anstey).containsKeys(2017, 2018, 2019);
        assertThat(anstey.get(2019).getReadingProgress()).isEqualTo(Measure.of("-1.9"));
        assertThat(anstey.get(2018).getReadingProgress()).isEqualTo(Measure.of("-2"));
        assertThat(anstey.get(2017).getReadingProgress()).isEqualTo(Measure.of("-1.8"));
        assertThat(anstey.get(2017).getRwmExpected()).isEqualTo(Measure.of("68"));
        assertThat(anstey.get(2019).getDataSource()).contains("published: " + file);
        assertThat(anstey.get(2018).getDataSource()).contains("published: " + file + " (2017-18 comparison columns)");
        assertThat(anstey.get(2017).getDataSource()).contains("published: " + file + " (2016-17 comparison columns)");
    }

    @Test
    void aLaterFilesComparisonColumnsNeitherBlankNorRestageWhatTheYearsOwnFileStored() throws Exception {
        String own = "850_ks2final_2017-18.csv";
        String later = "850_ks2final_2018-19.csv";
        assertThat(post("ks2", own, Files.readAllBytes(HAMPSHIRE.resolve(own))).getStatus())
                .isEqualTo(200);
        // The 2018-19 file, as a provisional release: its READPROG_DESCR_18 is blank for King's
        // Somborne, whose own 2017-18 file published the band as SUPP.
        MockHttpServletResponse provisional = mvc.perform(multipart("/api/imports/ks2")
                        .file(new MockMultipartFile(
                                "file", later, "text/csv", Files.readAllBytes(HAMPSHIRE.resolve(later))))
                        .param("status", "PROVISIONAL"))
                .andReturn()
                .getResponse();
        assertThat(provisional.getStatus()).as(provisional.getContentAsString()).isEqualTo(200);

        Map<Integer, Ks2Result> somborne = ks2.findByUrnOrderByAcademicYearDesc(116296).stream()
                .collect(Collectors.toMap(Ks2Result::getAcademicYear, Function.identity()));
        assertThat(somborne.get(2018).getReadingBand()).isEqualTo(Measure.of(Marker.SUPP));
        assertThat(somborne.get(2018).getEligiblePupils()).isEqualTo(Measure.of("6"));
        assertThat(somborne.get(2018).getDataStatus()).isEqualTo(DataStatus.FINAL);
        assertThat(somborne.get(2018).getDataSource())
                .contains("published: " + own)
                .contains("published: " + later + " (2017-18 comparison columns)");
        assertThat(somborne.get(2019).getDataStatus()).isEqualTo(DataStatus.PROVISIONAL);

        // Each file again, after the other, changes nothing the other did not.
        String again =
                post("ks2", own, Files.readAllBytes(HAMPSHIRE.resolve(own))).getContentAsString();
        assertThat(JsonPath.<Integer>read(again, "$.created")).as(again).isZero();
        assertThat(JsonPath.<Integer>read(again, "$.updated")).as(again).isZero();
        post("ks2", later, Files.readAllBytes(HAMPSHIRE.resolve(later))); // final again, for the other tests
    }

    @Test
    void takesTheAcademicYearFromEitherStyleOfFileName() throws Exception {
        assertThat(ImportOptions.none()
                        .completedFrom("2018-2019_850_ks4final.csv")
                        .academicYear())
                .contains(new AcademicYear(2019));
        assertThat(ImportOptions.none()
                        .completedFrom("850_ks2final_2018-19.csv")
                        .academicYear())
                .contains(new AcademicYear(2019));
        assertThat(ImportOptions.none()
                        .completedFrom("850_ofsted_2018-07-31.csv")
                        .academicYear())
                .isEmpty();

        // The 2016-17 KS4 download under the name its repository gives it.
        byte[] published = Files.readAllBytes(HAMPSHIRE.resolve("850_ks4final_2016-17.csv"));
        MockHttpServletResponse response = post("auto", "2016-2017_850_ks4final.csv", published);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(response.getContentAsString(), "$.notes"))
                .contains(
                        "3 LA/national summary rows (RECTYPE 4, 5, 7) set aside: they are totals, not schools",
                        "113 rows for schools of LA 850 not in the register (URN 116432, 116440, 116472, 116637,"
                                + " 116466, …): import their school information first to load them");
        assertThat(ks4.findByAcademicYearIn(List.of(2017))).isNotEmpty();
        assertThat(ks4.findByAcademicYearIn(List.of(2017)))
                .anyMatch(r -> r.getDataSource().contains("published: 2016-2017_850_ks4final.csv"));
    }

    @Test
    void loadsSummaryRowsAndOtherAuthoritiesRowsAsSetAsideNotErrors() {
        // A national-style cut: Hampshire's schools, one not in the register, two other
        // authorities' schools, and DfE's summary rows with their blank URNs.
        String csv = "RECTYPE,LEA,URN,SCHNAME,TELIG,PTRWM_EXP,READPROG\n"
                + "1,850,115851,Anstey Junior School,90,63%,-1.9\n"
                + "1,850,999850,A Hampshire school the register lacks,30,50%,0.5\n"
                + "1,919,117083,Abbots Langley School,60,62%,1.0\n"
                + "1,919,117084,Ashwell Primary School,30,55%,-0.2\n"
                + "2,302,101398,A Barnet special school,8,SUPP,SUPP\n"
                + "3,850, ,Hampshire,13000,67%,0.3\n"
                + "4, , , ,600000,64%,0\n"
                + "5, , , ,580000,65%,0\n";

        ImportReport report =
                imports.importFile("ks2", "england_ks2final_2018-19.csv", bytes(csv), ImportOptions.none());

        assertThat(report.rows()).isEqualTo(8);
        assertThat(report.created() + report.updated() + report.unchanged()).isEqualTo(1);
        assertThat(report.skipped()).isEmpty();
        assertThat(report.setAside().summaryRows()).isEqualTo(3);
        assertThat(report.setAside().notInRegister())
                .extracting(
                        ImportReport.NotInRegister::la,
                        ImportReport.NotInRegister::otherAuthority,
                        ImportReport.NotInRegister::rows)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(850, false, 1),
                        org.assertj.core.groups.Tuple.tuple(919, true, 2),
                        org.assertj.core.groups.Tuple.tuple(302, true, 1));
        assertThat(report.notes())
                .contains(
                        "3 LA/national summary rows (RECTYPE 3, 4, 5) set aside: they are totals, not schools",
                        "1 row for schools of LA 850 not in the register (URN 999850): import their school"
                                + " information first to load them",
                        "3 rows for 2 other authorities not in the register: import their register to load them");
    }

    @Test
    void stillRefusesAMalformedRowInTheMiddleNamingFileLineFieldAndValue() throws Exception {
        String file = "850_ks2final_2018-19.csv";
        List<String> lines = lines(file);
        List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(",", -1));
        int urn = header.indexOf("URN");
        int readprog = header.indexOf("READPROG");
        lines.set(99, withField(lines.get(99), urn, "")); // line 100: a school row with its URN blanked
        lines.set(149, withField(lines.get(149), readprog, "minus one")); // line 150
        long before = ks2.count();

        try {
            imports.importFile("ks2", file, bytes(String.join("\r\n", lines)), ImportOptions.none());
            throw new AssertionError("the file was not refused");
        } catch (ImportRejectedException e) {
            assertThat(e.errors())
                    .extracting(RowError::file, RowError::line, RowError::column, RowError::value)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(file, 100L, "URN", ""),
                            org.assertj.core.groups.Tuple.tuple(file, 150L, "READPROG", "minus one"));
            assertThat(e.errors().get(0).expected())
                    .contains("a school URN")
                    .contains("only DfE's LA and national summary rows (RECTYPE 3, 4, 5 or 7) have none");
        }
        assertThat(ks2.count()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "ks2_meta_2017-18.csv",
                "ks2_meta_2018-19.csv",
                "ks4_final_meta_2017-18.csv",
                "ks4_final_meta_2018-19.csv"
            })
    void aColumnDictionaryIsToldApartFromDataAndNothingIsStored(String file) throws Exception {
        byte[] bytes = Files.readAllBytes(HAMPSHIRE.resolve(file));
        for (String kind : List.of("auto", "ks2")) {
            MockHttpServletResponse response = post(kind, file, bytes);
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.getContentAsString())
                    .contains(file + " is DfE's column dictionary (metadata: what each column of a results file"
                            + " means), not data: there is nothing in it to import");
        }
    }

    private MockHttpServletResponse post(String kind, String fileName, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/api/imports/" + kind)
                        .file(new MockMultipartFile("file", fileName, "text/csv", bytes)))
                .andReturn()
                .getResponse();
    }

    private static List<String> lines(String file) throws Exception {
        return new ArrayList<>(Files.readAllLines(HAMPSHIRE.resolve(file), StandardCharsets.UTF_8));
    }

    /** The line with one field replaced (the Hampshire files quote no field with a comma in it here). */
    private static String withField(String line, int index, String value) throws Exception {
        List<String> fields = new ArrayList<>(records(line).get(0).toList());
        fields.set(index, value);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer =
                CSVFormat.DEFAULT.builder().setRecordSeparator("").get().print(out)) {
            printer.printRecord(fields);
        }
        return out.toString();
    }

    private static List<CSVRecord> records(String csv) throws Exception {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        boolean headed = text.startsWith("RECTYPE");
        CSVFormat format = headed
                ? CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setAllowMissingColumnNames(true)
                        .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                        .get()
                : CSVFormat.DEFAULT;
        try (CSVParser parser = format.parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
