package org.tierwise.school.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tierwise.imports.ImportOptions;
import org.tierwise.imports.ImportRejectedException;
import org.tierwise.imports.ImportReport;
import org.tierwise.imports.ImportService;
import org.tierwise.imports.RowError;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.CategoryOfConcern;
import org.tierwise.school.DataStatus;
import org.tierwise.school.Inspection;
import org.tierwise.school.InspectionRepository;
import org.tierwise.tiering.StoredDetail;
import org.tierwise.tiering.Tier;
import org.tierwise.tiering.TieringRun;
import org.tierwise.tiering.TieringRunStore;

/**
 * Ofsted files as DfE and Ofsted publish them: Excel workbooks read from the sheet whose header is
 * known, and the management-information file whose previous judgements are recorded too. Files the
 * service cannot read are refused saying what they are.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:OfstedFileImportTests;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfstedFileImportTests {

    private static final Path PUBLISHED = Path.of("fixtures/published");
    private static final Path MI_CSV =
            Path.of("src/test/resources/imports/ofsted-mi/mi_latest_inspections_constructed.csv");

    private static final Path MI_2024_25 =
            Path.of("src/test/resources/imports/ofsted-mi-2024-25/mi_latest_inspections_2024-25_constructed.csv");

    @Autowired
    ImportService imports;

    @Autowired
    InspectionRepository inspections;

    @Autowired
    TieringRun tiering;

    @Autowired
    TieringRunStore store;

    @Autowired
    MockMvc mvc;

    @BeforeAll
    void importRegister() throws Exception {
        imports.importPath(PUBLISHED.resolve("herts919_school_information_2022-23_subset.csv"));
    }

    /**
     * The DfE performance-tables Ofsted workbook (sheet DFE_data_31_July_2018_SON), here behind a
     * notes sheet and title rows as published workbooks are: its rows are the published file's rows,
     * its dates Excel dates and its grades numbers.
     */
    @Test
    void importsTheDfeOfstedWorkbookFromTheSheetWithItsHeader() throws Exception {
        List<List<String>> published = publishedOfstedRows(List.of("117083", "117084", "117088", "117093"));
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            notesSheet(book);
            Sheet data = book.createSheet("DFE_data_31_July_2018_SON");
            CellStyle dates = book.createCellStyle();
            dates.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            data.createRow(0).createCell(0).setCellValue("Ofsted inspections of schools as at 31 July 2018");
            Row header = data.createRow(2);
            List<String> columns = List.of(
                    "URN",
                    "School name",
                    "Ofsted phase",
                    "Inspection date",
                    "Publication date",
                    "Overall effectiveness");
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
            }
            for (int r = 0; r < published.size(); r++) {
                List<String> values = published.get(r);
                Row row = data.createRow(3 + r);
                row.createCell(0).setCellValue(Double.parseDouble(values.get(0)));
                row.createCell(1).setCellValue(values.get(1));
                row.createCell(2).setCellValue(values.get(2));
                for (int c = 3; c <= 4; c++) {
                    var cell = row.createCell(c);
                    cell.setCellValue(LocalDate.parse(values.get(c)));
                    cell.setCellStyle(dates);
                }
                row.createCell(5).setCellValue(Double.parseDouble(values.get(5)));
            }
            workbook = bytes(book);
        }

        ImportReport report = imports.importFile(null, "england_ofsted-schools.xlsx", workbook, ImportOptions.none());

        assertThat(report.kind()).isEqualTo("inspections");
        assertThat(report.rows()).isEqualTo(4);
        assertThat(report.notes())
                .anyMatch(n -> n.contains("sheet 'DFE_data_31_July_2018_SON'") && n.contains("row 3"));
        for (List<String> values : published) {
            Inspection stored = judgement(Integer.parseInt(values.get(0)), LocalDate.parse(values.get(3)));
            assertThat(stored.getOverallEffectiveness()).isEqualTo(Integer.parseInt(values.get(5)));
            assertThat(stored.getPublicationDate()).isEqualTo(LocalDate.parse(values.get(4)));
            assertThat(stored.getDataSource()).isEqualTo("published: england_ofsted-schools.xlsx");
        }
    }

    /** A bad cell is named by the row Excel shows for it, and nothing of the workbook is stored. */
    @Test
    void namesABadCellOfAWorkbookByItsSheetRow() throws Exception {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet data = book.createSheet("Data");
            data.createRow(0).createCell(0).setCellValue("Title");
            data.createRow(1).createCell(0).setCellValue("Notes: grades 1 to 4");
            row(data, 4, "URN", "Inspection date", "Overall effectiveness");
            row(data, 5, "117089", "2019-02-06", "2");
            row(data, 6, "117091", "2019-03-07", "seven");
            workbook = bytes(book);
        }
        long before = inspections.count();

        assertThatThrownBy(() -> imports.importFile("inspections", "bad.xlsx", workbook, ImportOptions.none()))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.errors()).hasSize(1);
                    RowError error = e.errors().get(0);
                    assertThat(error.line()).isEqualTo(7);
                    assertThat(error.column()).isEqualTo("Overall effectiveness");
                    assertThat(error.value()).isEqualTo("seven");
                });
        assertThat(inspections.count()).isEqualTo(before);
    }

    /**
     * Ofsted's MI file names each school's latest judgement and the one before; both are recorded,
     * so a school RI at both is INTENSIVE by TIER-005 from this one file. Before it, the register's
     * rating alone shows one RI judgement: targeted, by TIER-004.
     */
    @Test
    void recordsThePreviousJudgementsOfTheMiFileSoRequiresImprovementTwiceIsIntensive() throws Exception {
        TieringRun.Request request =
                new TieringRun.Request(919, new AcademicYear(2023), DataStatus.FINAL, LocalDate.of(2023, 12, 31));
        long before = tiering.run(request, "test").id();
        assertThat(store.result(before, 144903).orElseThrow().tier()).isEqualTo(Tier.TARGETED);
        assertThat(ruleIds(before, 144903)).contains("TIER-004").doesNotContain("TIER-005");

        ImportReport report = imports.importFile(
                null, MI_CSV.getFileName().toString(), Files.readAllBytes(MI_CSV), ImportOptions.none());

        assertThat(report.kind()).isEqualTo("inspections");
        assertThat(report.rows()).isEqualTo(5);
        assertThat(report.skipped()).singleElement().satisfies(s -> assertThat(s.key())
                .isEqualTo("URN 149330"));
        assertThat(report.notes()).anyMatch(n -> n.startsWith("4 previous judgement(s) named in the file recorded"));
        Inspection latest = judgement(144903, LocalDate.of(2022, 2, 2));
        assertThat(latest.getOverallEffectiveness()).isEqualTo(3);
        assertThat(latest.getQualityOfEducation()).isEqualTo(3);
        assertThat(latest.getPreviousInspectionDate()).isEqualTo(LocalDate.of(2016, 3, 16));
        Inspection previous = judgement(144903, LocalDate.of(2016, 3, 16));
        assertThat(previous.getOverallEffectiveness()).isEqualTo(3);
        assertThat(previous.getPublicationDate()).isEqualTo(LocalDate.of(2016, 4, 25));
        assertThat(previous.getLeadershipAndManagement()).isEqualTo(3);
        assertThat(previous.getCategoryOfConcern()).isEqualTo(CategoryOfConcern.NONE);
        assertThat(previous.getDataSource()).contains("the previous inspection on line 2");
        assertThat(judgement(138747, LocalDate.of(2017, 9, 28)).getOverallEffectiveness())
                .isEqualTo(4);

        long after = tiering.run(request, "test").id();
        assertThat(store.result(after, 144903).orElseThrow().tier()).isEqualTo(Tier.INTENSIVE);
        assertThat(store.details(after, 144903))
                .filteredOn(d -> d.kind().equals("REASON"))
                .anySatisfy(d -> {
                    assertThat(d.ruleId()).isEqualTo("TIER-005");
                    assertThat(d.code()).isEqualTo("REQUIRES_IMPROVEMENT_REPEATED");
                    assertThat(d.reason()).contains("2 consecutive inspections");
                });
        // inadequate in 2017, RI in 2022: below good since 2017, more than two years (TIER-006)
        assertThat(store.result(after, 138747).orElseThrow().tier()).isEqualTo(Tier.INTENSIVE);
        assertThat(store.details(after, 138747))
                .anySatisfy(d -> assertThat(d.reason()).contains("Below good since 2017-09-28"));
        // good in 2018, RI in 2023: a decline (TIER-007), and RI once
        assertThat(ruleIds(after, 117128)).contains("TIER-004", "TIER-007").doesNotContain("TIER-005");

        // importing it again changes nothing
        ImportReport again = imports.importFile(
                null, MI_CSV.getFileName().toString(), Files.readAllBytes(MI_CSV), ImportOptions.none());
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
    }

    /**
     * Inspections from 2 September 2024 to 9 November 2025 have no overall grade: Ofsted's MI file
     * writes "Not judged" and keeps the key judgements and the category of concern. They are stored
     * and are the school's latest judgement, so 117092 Four Swannes, good in 2019 and put in special
     * measures in January 2025, is INTERVENTION in a 2025-26 run (TIER-001), not targeted on its
     * 2019 "good"; 117083, RI for quality of education only, is targeted (TIER-013).
     */
    @Test
    void keepsInspectionsWithNoOverallGradeSoSpecialMeasuresIn2025IsIntervention() throws Exception {
        TieringRun.Request request =
                new TieringRun.Request(919, new AcademicYear(2026), DataStatus.FINAL, LocalDate.of(2026, 3, 31));
        long before = tiering.run(request, "test").id();
        assertThat(store.result(before, 117092).orElseThrow().tier()).isNotEqualTo(Tier.INTERVENTION);
        assertThat(ruleIds(before, 117092)).doesNotContain("TIER-001");

        ImportReport report = imports.importFile(
                null, MI_2024_25.getFileName().toString(), Files.readAllBytes(MI_2024_25), ImportOptions.none());

        assertThat(report.kind()).isEqualTo("inspections");
        assertThat(report.rows()).isEqualTo(3);
        assertThat(report.skipped()).isEmpty();
        Inspection sm = judgement(117092, LocalDate.of(2025, 1, 21));
        assertThat(sm.getOverallEffectiveness()).isNull();
        assertThat(sm.getCategoryOfConcern()).isEqualTo(CategoryOfConcern.SPECIAL_MEASURES);
        assertThat(sm.getQualityOfEducation()).isEqualTo(4);
        assertThat(sm.getBehaviourAndAttitudes()).isEqualTo(3);
        assertThat(sm.getLeadershipAndManagement()).isEqualTo(4);
        assertThat(judgement(117092, LocalDate.of(2019, 6, 12)).getOverallEffectiveness())
                .isEqualTo(2);

        long after = tiering.run(request, "test").id();
        assertThat(store.result(after, 117092).orElseThrow().tier()).isEqualTo(Tier.INTERVENTION);
        assertThat(store.details(after, 117092))
                .filteredOn(d -> d.kind().equals("REASON"))
                .anySatisfy(d -> {
                    assertThat(d.ruleId()).isEqualTo("TIER-001");
                    assertThat(d.reason()).contains("2025-01-21");
                });
        assertThat(ruleIds(after, 117092)).doesNotContain("TIER-008");
        assertThat(ruleIds(after, 117083)).contains("TIER-013").doesNotContain("TIER-001", "TIER-004");
        assertThat(store.result(after, 117083).orElseThrow().tier()).isEqualTo(Tier.TARGETED);
        assertThat(ruleIds(after, 117089)).doesNotContain("TIER-013", "TIER-014", "TIER-008");
    }

    /**
     * The MI layout as a workbook: a notes sheet first, then the data under three title rows, dates as
     * Excel dates. Its one school, 117156 Central Primary, is not in the CSV file: RI in May 2023 (the
     * register), good in November 2017 (the DfE file of July 2018).
     */
    @Test
    void readsTheMiWorkbookUnderItsTitleRows() throws Exception {
        List<CSVRecord> mi;
        try (var parser = CSVFormat.DEFAULT.parse(Files.newBufferedReader(MI_CSV))) {
            mi = parser.getRecords();
        }
        List<String> header = mi.get(0).toList();
        List<String> central = new ArrayList<>(mi.get(2).toList()); // Walkern's row, made Central Primary's
        java.util.function.BiConsumer<String, String> set =
                (column, value) -> central.set(header.indexOf(column), value);
        set.accept("URN", "117156");
        set.accept("School name", "Central Primary School");
        set.accept("Inspection start date", "24/05/2023");
        set.accept("Inspection end date", "25/05/2023");
        set.accept("Publication date", "27/06/2023");
        set.accept("Overall effectiveness", "3");
        set.accept("Quality of education", "3");
        set.accept("Previous inspection start date", "08/11/2017");
        set.accept("Previous inspection end date", "09/11/2017");
        set.accept("Previous publication date", "04/12/2017");
        set.accept("Previous full inspection overall effectiveness", "2");
        set.accept("Previous effectiveness of leadership and management", "2");
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            notesSheet(book);
            Sheet data = book.createSheet("Most recent inspections");
            CellStyle dates = book.createCellStyle();
            dates.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            data.createRow(0).createCell(0).setCellValue("State-funded schools inspections and outcomes");
            data.createRow(1).createCell(0).setCellValue("Management information, as at 31 August 2023");
            data.createRow(2).createCell(0).setCellValue("Source: Ofsted");
            row(data, 3, header.toArray(String[]::new));
            Row row = data.createRow(4);
            for (int c = 0; c < central.size(); c++) {
                String value = central.get(c);
                var cell = row.createCell(c);
                if (value.matches("\\d{2}/\\d{2}/\\d{4}")) {
                    cell.setCellValue(
                            LocalDate.parse(value, java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
                    cell.setCellStyle(dates);
                } else if (value.matches("\\d{1,7}")) {
                    cell.setCellValue(Double.parseDouble(value));
                } else {
                    cell.setCellValue(value);
                }
            }
            workbook = bytes(book);
        }
        String name = "Management_information_-_state-funded_schools_-_latest_inspections_as_at_31_Aug_2023.xlsx";

        ImportReport report = imports.importFile(null, name, workbook, ImportOptions.none());

        assertThat(report.kind()).isEqualTo("inspections");
        assertThat(report.rows()).isEqualTo(1);
        assertThat(report.notes()).anyMatch(n -> n.contains("sheet 'Most recent inspections'") && n.contains("row 4"));
        Inspection latest = judgement(117156, LocalDate.of(2023, 5, 24));
        assertThat(latest.getOverallEffectiveness()).isEqualTo(3);
        assertThat(latest.getPublicationDate()).isEqualTo(LocalDate.of(2023, 6, 27));
        assertThat(latest.getPreviousOverallEffectiveness()).isEqualTo(2);
        Inspection previous = judgement(117156, LocalDate.of(2017, 11, 8));
        assertThat(previous.getOverallEffectiveness()).isEqualTo(2);
        assertThat(previous.getPublicationDate()).isEqualTo(LocalDate.of(2017, 12, 4));
        assertThat(previous.getDataSource()).isEqualTo("published: " + name + " (the previous inspection on line 5)");
    }

    @Test
    void refusesAWorkbookWithoutAKnownHeaderNamingItsSheets() throws Exception {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            notesSheet(book);
            row(book.createSheet("Chart data"), 0, "Region", "Outstanding", "Good");
            workbook = bytes(book);
        }
        assertThatThrownBy(() -> imports.importFile(null, "summary.xlsx", workbook, ImportOptions.none()))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("summary.xlsx is an Excel workbook, but none of its sheets has a header")
                .hasMessageContaining("'Notes' (its first row reads \"Management information")
                .hasMessageContaining("'Chart data' (its first row reads \"Region | Outstanding | Good\")")
                .hasMessageContaining("reads CSV files")
                .hasMessageContaining("inspections (URN, Inspection date");
    }

    @Test
    void refusesFilesItCannotReadSayingWhatTheyAre() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("2018-2019/england_ks2final.csv"));
            zip.write("URN,READPROG\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertRefused(
                "Performancetables_2019.zip",
                zipped.toByteArray(),
                "is a zip archive holding 2018-2019/england_ks2final.csv");

        byte[] pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\n".getBytes(StandardCharsets.US_ASCII);
        assertRefused("report.pdf", pdf, "is a PDF document");

        byte[] xls;
        try (HSSFWorkbook book = new HSSFWorkbook()) {
            row(book.createSheet("Data"), 0, "URN", "Inspection date", "Overall effectiveness");
            xls = bytes(book);
        }
        assertRefused("ofsted.xls", xls, "is an Excel 97-2003 workbook (.xls");

        ByteArrayOutputStream ods = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(ods)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertRefused("ofsted.ods", ods.toByteArray(), "is an OpenDocument spreadsheet (.ods)");
    }

    /** Through the API: a workbook posted to 'auto' is recognised from its sheet, a PDF refused saying so. */
    @Test
    void theImportApiTakesAWorkbookAndSaysWhatAnUnreadableFileIs() throws Exception {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            notesSheet(book);
            Sheet data = book.createSheet("Data");
            row(data, 1, "URN", "Inspection start date", "Overall effectiveness", "Category of concern");
            row(data, 2, "117096", "27/06/2019", "2", "NULL");
            workbook = bytes(book);
        }
        mvc.perform(multipart("/api/imports/auto")
                        .file(new MockMultipartFile(
                                "file",
                                "ofsted.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                workbook)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("inspections"))
                .andExpect(jsonPath("$.rows").value(1))
                .andExpect(jsonPath("$.notes[0]").value(containsString("sheet 'Data'")));
        assertThat(judgement(117096, LocalDate.of(2019, 6, 27)).getOverallEffectiveness())
                .isEqualTo(2);

        mvc.perform(multipart("/api/imports/auto")
                        .file(new MockMultipartFile(
                                "file",
                                "ofsted.pdf",
                                "application/pdf",
                                "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Import refused: nothing was stored"))
                .andExpect(jsonPath("$.detail").value(containsString("ofsted.pdf is a PDF document")))
                .andExpect(jsonPath("$.detail").value(containsString("Excel workbooks (.xlsx")));
    }

    private void assertRefused(String fileName, byte[] bytes, String says) {
        long before = inspections.count();
        assertThatThrownBy(() -> imports.importFile(null, fileName, bytes, ImportOptions.none()))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageStartingWith(fileName + " " + says)
                .hasMessageContaining("The service reads CSV files (UTF-8 or Windows-1252")
                .hasMessageContaining("Excel workbooks (.xlsx");
        assertThat(imports.recognisedKind(fileName, bytes)).isEmpty();
        assertThat(inspections.count()).isEqualTo(before);
    }

    private Inspection judgement(int urn, LocalDate date) {
        return inspections.findByUrnIn(List.of(urn)).stream()
                .filter(i -> i.getInspectionDate().equals(date))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no judgement of " + urn + " on " + date + " in "
                        + inspections.findByUrnIn(List.of(urn)).stream()
                                .map(Inspection::getInspectionDate)
                                .sorted(Comparator.naturalOrder())
                                .toList()));
    }

    private List<String> ruleIds(long runId, int urn) {
        return store.details(runId, urn).stream().map(StoredDetail::ruleId).toList();
    }

    private static List<List<String>> publishedOfstedRows(List<String> urns) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(PUBLISHED.resolve("herts919_ofsted_dfe_asat_2018-07-31.csv"))) {
            List<String> values = List.of(line.split(",", -1));
            if (urns.contains(values.get(0))) {
                rows.add(values);
            }
        }
        assertThat(rows).hasSize(urns.size());
        return rows;
    }

    private static void notesSheet(XSSFWorkbook book) {
        Sheet notes = book.createSheet("Notes");
        notes.createRow(0).createCell(0).setCellValue("Management information - state-funded schools");
        notes.createRow(2).createCell(0).setCellValue("This file contains the latest inspection of each school.");
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }

    private static byte[] bytes(org.apache.poi.ss.usermodel.Workbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }
}
