package org.tierwise.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A workbook read as the CSV download of the same data would be, from the sheet and row of its header. */
class XlsxReaderTests {

    private static final Predicate<CsvTable> HAS_URN = table -> table.has("URN");

    @Test
    void readsCellsAsTheCsvDownloadHasThemWithSheetRowNumbers() throws Exception {
        byte[] bytes;
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("Cover").createRow(0).createCell(0).setCellValue("School performance tables");
            Sheet data = book.createSheet("Data");
            CellStyle usDate = book.createCellStyle();
            usDate.setDataFormat((short) 14); // Excel's built-in m/d/yy
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0"));
            data.createRow(0).createCell(0).setCellValue("Title row");
            Row header = data.createRow(4);
            header.createCell(0).setCellValue("URN");
            header.createCell(1).setCellValue("Inspection\ndate");
            header.createCell(2).setCellValue("Grade");
            header.createCell(3).setCellValue("PTRWM_EXP");
            header.createCell(5).setCellValue("Note");
            Row first = data.createRow(5);
            first.createCell(0).setCellValue(115850d);
            first.createCell(1).setCellValue(LocalDate.of(2015, 2, 4));
            first.getCell(1).setCellStyle(usDate);
            first.createCell(2).setCellValue(3d);
            first.createCell(3).setCellValue(65.0);
            first.getCell(3).setCellStyle(percent);
            first.createCell(5).setCellValue("gap before");
            data.createRow(6); // blank: skipped
            Row second = data.createRow(8);
            second.createCell(0).setCellValue("115851");
            second.createCell(3).setCellValue(0.65);
            bytes = bytes(book);
        }

        CsvTable table = XlsxReader.read("ks2.xlsx", bytes, HAS_URN, () -> "test");

        assertThat(table.header()).containsExactly("URN", "Inspection date", "Grade", "PTRWM_EXP", "", "Note");
        assertThat(table.rows()).extracting(CsvRow::line).containsExactly(6L, 9L);
        assertThat(table.rows().get(0).values()).containsExactly("115850", "2015-02-04", "3", "65", "", "gap before");
        assertThat(table.rows().get(1).values()).containsExactly("115851", "", "", "0.65");
        assertThat(table.encodingNote())
                .hasValueSatisfying(
                        note -> assertThat(note).contains("sheet 'Data'").contains("row 5"));
        assertThat(table.sha256()).isEqualTo(CsvTable.sha256(bytes));
    }

    @Test
    void looksForTheHeaderInTheFirstThirtyRowsOfEachSheet() throws Exception {
        byte[] bytes;
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet deep = book.createSheet("Deep");
            deep.createRow(0).createCell(0).setCellValue("Notes");
            deep.createRow(XlsxReader.HEADER_ROWS).createCell(0).setCellValue("URN"); // row 31
            deep.createRow(XlsxReader.HEADER_ROWS + 1).createCell(0).setCellValue("1");
            bytes = bytes(book);
        }
        assertThatThrownBy(() -> XlsxReader.read("deep.xlsx", bytes, HAS_URN, () -> "test (URN)"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("none of its sheets has a header this service knows in its first 30 rows")
                .hasMessageContaining("'Deep' (its first row reads \"Notes\")")
                .hasMessageEndingWith("A header names the columns of one of: test (URN)");
    }

    @Test
    void refusesARowWithMoreCellsThanTheHeaderAndAHeaderWithNoRows() throws Exception {
        byte[] wide;
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet data = book.createSheet("Data");
            row(data, 0, "URN", "NAME");
            row(data, 1, "1", "A", "stray");
            wide = bytes(book);
        }
        assertThatThrownBy(() -> XlsxReader.read("wide.xlsx", wide, HAS_URN, () -> "test"))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.line()).isEqualTo(2);
                            assertThat(error.expected()).contains("at most 2 cells");
                        }));

        byte[] empty;
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            row(book.createSheet("Data"), 2, "URN", "NAME");
            empty = bytes(book);
        }
        assertThatThrownBy(() -> XlsxReader.read("empty.xlsx", empty, HAS_URN, () -> "test"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("has a header on row 3 of sheet 'Data' but no rows below it");
    }

    @Test
    void refusesAWorkbookCutShort() throws Exception {
        byte[] whole;
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            row(book.createSheet("Data"), 0, "URN");
            whole = bytes(book);
        }
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> UploadedFiles.table("cut.xlsx", cut, HAS_URN, () -> "test"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageStartingWith("cut.xlsx is a damaged or incomplete zip archive")
                .hasMessageContaining(UploadedFiles.READS);
    }

    /** A sheet of thousands of rows is read row by row (Ofsted's MI file has about 22,000). */
    @Test
    void readsALargeSheet() throws Exception {
        int rows = 5_000;
        byte[] bytes;
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Sheet data = book.createSheet("Most recent inspections");
            Row header = data.createRow(3);
            for (int c = 0; c < 40; c++) {
                header.createCell(c).setCellValue(c == 0 ? "URN" : "Column " + c);
            }
            for (int r = 0; r < rows; r++) {
                Row row = data.createRow(4 + r);
                row.createCell(0).setCellValue(100000 + r);
                for (int c = 1; c < 40; c++) {
                    row.createCell(c).setCellValue(c % 2 == 0 ? "Requires improvement" : String.valueOf(c % 4 + 1));
                }
            }
            bytes = bytes(book);
        }
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        CsvTable table = XlsxReader.read("mi.xlsx", bytes, HAS_URN, () -> "test");
        System.out.printf(
                "Read %d rows of 40 cells from a %d-byte workbook in %d ms (%d ms of CPU)%n",
                rows,
                bytes.length,
                (System.nanoTime() - started) / 1_000_000,
                (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        assertThat(table.rows()).hasSize(rows);
        assertThat(table.rows().get(rows - 1).line()).isEqualTo(4L + rows);
        assertThat(table.rows().get(rows - 1).values().get(0)).isEqualTo(String.valueOf(100000 + rows - 1));
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }

    private static byte[] bytes(Workbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }
}
