package org.tierwise.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.jayway.jsonpath.JsonPath;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tierwise.DatabaseSnapshot;

/**
 * Bad files of every kind the service imports, posted to the import API over a database holding
 * the fixtures: each is refused with a 400 problem naming the file, line, column and value, and the
 * database is unchanged (every table's rows compared before and after); a byte-order mark and
 * Windows-1252 text are read, not refused.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:ImportBadInputTests;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportBadInputTests {

    /**
     * One kind of file: a fixture of that kind, a stored text column to make too long, and a typed
     * column to fill with a value that is not of its type.
     */
    record Kind(String kind, String fixture, String textColumn, String typedColumn) {

        @Override
        public String toString() {
            return kind;
        }

        String fileName() {
            return Path.of(fixture).getFileName().toString();
        }
    }

    static Stream<Kind> kinds() {
        return Stream.of(
                new Kind("schools", "published/herts919_school_information_2022-23_subset.csv", "SCHNAME", "OPENDATE"),
                new Kind(
                        "inspections",
                        "published/herts919_ofsted_dfe_asat_2018-07-31.csv",
                        "SOURCE",
                        "Inspection date"),
                new Kind("ks2", "constructed/herts919_ks2_2016-17_constructed.csv", "SOURCE", "PTRWM_EXP"),
                new Kind("ks4", "constructed/herts919_ks4_2016-17_constructed.csv", "SOURCE", "P8MEA"),
                new Kind("clusters", "constructed/herts919_clusters.csv", "CLUSTER_NAME", "URN"),
                new Kind("intelligence", "constructed/herts919_local_intelligence.csv", "NOTE", "RECORDED_ON"),
                new Kind("finance-funds", "finance/finance_funds.csv", "NAME", "BUDGET"),
                new Kind("finance-spending", "finance/finance_spending.csv", "PURPOSE", "AMOUNT"),
                new Kind("finance-approvals", "finance/finance_approvals.csv", "REFERENCE", "APPROVED_ON"),
                new Kind(
                        "finance-reserve-policies",
                        "finance/finance_reserve_policies.csv",
                        "RISKS",
                        "MIN_PERCENT_OF_DSG"),
                new Kind("supporters", "brokering/herts919_supporters.csv", "NAME", "CAPACITY_DEPLOYMENTS"),
                new Kind("locations", "brokering/herts919_school_locations.csv", null, "Easting"),
                new Kind(
                        "report-cards",
                        "../src/test/resources/imports/report-cards/mi_report_cards_constructed.csv",
                        null,
                        "Inclusion - date of grade"));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportService imports;

    @Autowired
    DataSource dataSource;

    @BeforeAll
    void importTheFixtures() throws Exception {
        imports.importPath(Path.of("fixtures"));
    }

    @Test
    void everyKindOfImportIsCovered() {
        assertThat(kinds().map(Kind::kind))
                .containsExactlyInAnyOrderElementsOf(imports.kinds().keySet());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void refusesAValueOfTheWrongTypeNamingLineColumnAndValue(Kind kind) throws Exception {
        List<String> lines = lines(kind);
        int row = row(lines, 2);
        lines.set(row, withCell(lines, row, kind.typedColumn(), "not-a-value"));

        refused(kind, bytes(lines), row + 1, kind.typedColumn(), "not-a-value");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void refusesARowWithMoreFieldsThanTheHeader(Kind kind) throws Exception {
        List<String> lines = lines(kind);
        int row = row(lines, 2);
        lines.set(row, lines.get(row) + ",surplus");

        refused(kind, bytes(lines), row + 1, "(row)", (cells(lines.get(0)).size() + 1) + " fields");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void refusesAFileWhoseLastRowIsCutMidField(Kind kind) throws Exception {
        List<String> lines = lines(kind);
        int last = lines.size() - 1;
        String row = lines.get(last);
        lines.set(last, row.substring(0, row.indexOf(',') + 2));
        byte[] cut = String.join("\n", lines).getBytes(StandardCharsets.UTF_8); // no line break at the end

        MockHttpServletResponse response = refused(kind, cut, last + 1, "(row)", null);
        assertThat(response.getContentAsString()).contains("cut short");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void refusesAFileWithOnlyItsHeader(Kind kind) throws Exception {
        MockHttpServletResponse response = refused(kind, bytes(lines(kind).subList(0, 1)), -1, null, null);
        assertThat(detail(response)).contains("no rows");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void refusesAnEmptyFile(Kind kind) throws Exception {
        MockHttpServletResponse response = refused(kind, new byte[0], -1, null, null);
        assertThat(detail(response)).contains("is empty");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void refusesARowRepeated(Kind kind) throws Exception {
        List<String> lines = lines(kind);
        lines.add(lines.get(1));
        String key = lines.get(0).split(",")[0].equals("RECTYPE")
                ? "URN"
                : lines.get(0).split(",")[0];

        MockHttpServletResponse response = refused(kind, bytes(lines), lines.size(), null, null);
        assertThat(JsonPath.<String>read(response.getContentAsString(), "$.errors[0].expected"))
                .contains("also on line 2");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void refusesAQuotedFieldWithTextAfterItsClosingQuoteNamingTheLine(Kind kind) throws Exception {
        List<String> lines = lines(kind);
        int index = row(lines, 3);
        String row = lines.get(index);
        int comma = row.indexOf(',');
        lines.set(index, "\"" + row.substring(0, comma) + "\"x" + row.substring(comma));

        MockHttpServletResponse response = refused(kind, bytes(lines), index + 1, "(row)", null);
        assertThat(detail(response)).contains("quote");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void refusesAQuoteThatIsNeverClosedNamingTheLineItOpensOn(Kind kind) throws Exception {
        List<String> lines = lines(kind);
        String row = lines.get(lines.size() - 1);
        lines.set(lines.size() - 1, "\"" + row);

        MockHttpServletResponse response = refused(kind, bytes(lines), lines.size(), "(row)", null);
        assertThat(detail(response)).contains("quote");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void refusesAValueTooLongForItsColumnNamingLineAndColumn(Kind kind) throws Exception {
        if (kind.textColumn() == null) {
            return; // a locations file stores no text
        }
        List<String> lines = withColumn(lines(kind), kind.textColumn());
        String tooLong = "x".repeat(5000);
        lines.set(1, withCell(lines, 1, kind.textColumn(), tooLong));

        MockHttpServletResponse response = refused(kind, bytes(lines), 2, kind.textColumn(), null);
        assertThat(JsonPath.<String>read(response.getContentAsString(), "$.errors[0].expected"))
                .startsWith("at most ")
                .contains("this value has 5000");
    }

    @org.junit.jupiter.api.Test
    void refusesAValueJustOverAShortColumnShowingItWhole() throws Exception {
        Kind register =
                kinds().filter(k -> k.kind().equals("schools")).findFirst().orElseThrow();
        List<String> lines = lines(register);
        lines.set(1, withCell(lines, 1, "POSTCODE", "WD5 0RD WD5 0"));

        MockHttpServletResponse response = refused(register, bytes(lines), 2, "POSTCODE", "WD5 0RD WD5 0");
        assertThat(JsonPath.<String>read(response.getContentAsString(), "$.errors[0].expected"))
                .isEqualTo("at most 12 characters (this value has 13)");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void readsAFileWithAByteOrderMarkAsTheSameFile(Kind kind) throws Exception {
        byte[] plain = Files.readAllBytes(Path.of("fixtures", kind.fixture()));
        byte[] withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withBom, 3, plain.length);
        post(kind, kind.fileName(), plain); // loaded already, unless the fixtures do not load it at start
        DatabaseSnapshot before = DatabaseSnapshot.of(dataSource);

        MockHttpServletResponse response = post(kind, kind.fileName(), withBom);

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(JsonPath.<Integer>read(response.getContentAsString(), "$.created"))
                .isZero();
        assertThat(JsonPath.<Integer>read(response.getContentAsString(), "$.updated"))
                .isZero();
        assertThat(DatabaseSnapshot.of(dataSource)).isEqualTo(before);
    }

    /** Windows-1252 is read as such (older DfE downloads use it), and stored as the same text as in UTF-8. */
    @ParameterizedTest
    @MethodSource("kinds")
    void readsWindows1252TextAsTheSameCharacters(Kind kind) throws Exception {
        if (kind.textColumn() == null) {
            return;
        }
        List<String> lines = withColumn(lines(kind), kind.textColumn());
        lines.set(1, withCell(lines, 1, kind.textColumn(), "Caf\u00e9 \u00a3 r\u00e9sum\u00e9"));
        String text = String.join("\n", lines) + "\n";

        MockHttpServletResponse cp1252 = post(kind, kind.fileName(), text.getBytes(Charset.forName("windows-1252")));
        assertThat(cp1252.getStatus()).as(cp1252.getContentAsString()).isEqualTo(200);
        assertThat(cp1252.getContentAsString()).contains("read as Windows-1252");

        DatabaseSnapshot afterCp1252 = DatabaseSnapshot.of(dataSource);
        MockHttpServletResponse utf8 = post(kind, kind.fileName(), text.getBytes(StandardCharsets.UTF_8));
        assertThat(utf8.getStatus()).isEqualTo(200);
        assertThat(DatabaseSnapshot.of(dataSource)).isEqualTo(afterCp1252);
    }

    /**
     * Posts a bad file and checks the refusal: 400, a problem naming the file and (when given) the
     * line, column and value of the first error, and every table as it was.
     */
    private MockHttpServletResponse refused(Kind kind, byte[] bytes, long line, String column, String value)
            throws Exception {
        DatabaseSnapshot before = DatabaseSnapshot.of(dataSource);
        MockHttpServletResponse response = post(kind, kind.fileName(), bytes);
        String body = response.getContentAsString();
        assertThat(response.getStatus()).as(body).isEqualTo(400);
        assertThat(JsonPath.<String>read(body, "$.file")).isEqualTo(kind.fileName());
        assertThat(JsonPath.<String>read(body, "$.detail")).isNotBlank();
        if (line > 0) {
            assertThat(JsonPath.<Integer>read(body, "$.errors[0].line"))
                    .as(body)
                    .isEqualTo((int) line);
        }
        if (column != null) {
            assertThat(JsonPath.<String>read(body, "$.errors[0].column"))
                    .as(body)
                    .isEqualTo(column);
        }
        if (value != null) {
            assertThat(JsonPath.<String>read(body, "$.errors[0].value"))
                    .as(body)
                    .isEqualTo(value);
        }
        assertThat(before.differences(DatabaseSnapshot.of(dataSource))).isEmpty();
        return response;
    }

    private MockHttpServletResponse post(Kind kind, String fileName, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/api/imports/" + kind.kind())
                        .file(new MockMultipartFile("file", fileName, "text/csv", bytes)))
                .andReturn()
                .getResponse();
    }

    private static String detail(MockHttpServletResponse response) throws Exception {
        return JsonPath.read(response.getContentAsString(), "$.detail");
    }

    private static List<String> lines(Kind kind) throws Exception {
        return new ArrayList<>(Files.readAllLines(Path.of("fixtures", kind.fixture()), StandardCharsets.UTF_8));
    }

    private static byte[] bytes(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The lines with {@code column} added at the end (empty in every row) if the header lacks it. */
    private static List<String> withColumn(List<String> lines, String column) throws Exception {
        if (cells(lines.get(0)).contains(column)) {
            return lines;
        }
        List<String> widened = new ArrayList<>();
        widened.add(lines.get(0) + "," + column);
        lines.subList(1, lines.size()).forEach(line -> widened.add(line + ","));
        return widened;
    }

    /** Line {@code index} with the cell of {@code column} replaced, quoted as needed. */
    private static String withCell(List<String> lines, int index, String column, String value) throws Exception {
        List<String> header = cells(lines.get(0));
        int at = header.indexOf(column);
        List<String> cells = new ArrayList<>(cells(lines.get(index)));
        assertThat(at).as(column + " in " + header).isNotNegative().isLessThan(cells.size());
        cells.set(at, value);
        StringBuilder line = new StringBuilder();
        CSVFormat.DEFAULT.printRecord(line, cells.toArray());
        return line.toString().strip();
    }

    private static List<String> cells(String line) throws Exception {
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(line))) {
            return parser.getRecords().get(0).toList();
        }
    }

    /** The index of a data row to spoil: the given one, or the last in a shorter file. */
    private static int row(List<String> lines, int wanted) {
        return Math.min(wanted, lines.size() - 1);
    }
}
