package org.tierwise.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an Excel workbook (.xlsx) as DfE and Ofsted publish it, row by row with POI's event API:
 * neither the workbook nor a sheet is ever held whole in memory, only the rows kept. Published
 * workbooks open with notes sheets and title rows, so the table is the first sheet with a row,
 * among its first {@value #HEADER_ROWS}, that an importer recognises as a header; the rows below it
 * keep their sheet row numbers as line numbers, so an error names the row Excel shows.
 */
final class XlsxReader {

    /** How far down a sheet its header may be. */
    static final int HEADER_ROWS = 30;

    /** An entry that inflates more than this many times its packed size is refused (as POI's own check). */
    private static final long MOST_INFLATION = 100;

    /** Entries smaller than this are not checked for inflation. */
    private static final long INFLATION_GRACE = 1024 * 1024;

    private XlsxReader() {}

    /**
     * The first sheet whose header {@code knownHeader} accepts, as a table.
     *
     * @param kinds the kinds of file the service reads, for the refusal of a workbook none fits
     */
    static CsvTable read(String fileName, byte[] bytes, Predicate<CsvTable> knownHeader, Supplier<String> kinds) {
        String sha256 = CsvTable.sha256(bytes);
        List<String> sheetsSeen = new ArrayList<>();
        OPCPackage pack = null;
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
                .get()) {
            pack = OPCPackage.open(new InMemoryZip(zip));
            XSSFReader reader = new XSSFReader(pack);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pack, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    SheetRows rows = new SheetRows(fileName, sha256, sheets.getSheetName(), knownHeader);
                    try {
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(
                                new XSSFSheetXMLHandler(styles, strings, rows, new PlainValues(), false));
                        parser.parse(new InputSource(sheet));
                    } catch (HeaderNotFound stop) {
                        // the sheet's first rows hold no known header: the rest need not be read
                    }
                    if (rows.header != null) {
                        return rows.table();
                    }
                    sheetsSeen.add(rows.describe());
                }
            }
        } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new ImportRejectedException(
                    fileName,
                    fileName + " is an Excel workbook (.xlsx) that could not be read (" + e.getMessage()
                            + "); nothing was stored. " + UploadedFiles.READS);
        } catch (ImportRejectedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ImportRejectedException(
                    fileName,
                    fileName + " is a damaged Excel workbook (.xlsx): " + e.getMessage() + "; nothing was stored. "
                            + UploadedFiles.READS);
        } finally {
            if (pack != null) {
                pack.revert();
            }
        }
        throw new ImportRejectedException(
                fileName,
                fileName + " is an Excel workbook, but none of its sheets has a header this service knows in its first "
                        + HEADER_ROWS + " rows: sheets "
                        + (sheetsSeen.isEmpty() ? "(none)" : String.join("; ", sheetsSeen))
                        + ". " + UploadedFiles.READS + " A header names the columns of one of: " + kinds.get());
    }

    /** The rows of one sheet: its header once found, then every non-blank row below it. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String fileName;
        private final String sha256;
        private final String sheet;
        private final Predicate<CsvTable> knownHeader;
        private final List<CsvRow> rows = new ArrayList<>();
        private final List<RowError> errors = new ArrayList<>();
        private List<String> header;
        private long headerRow;
        private String firstRow;
        private List<String> cells;

        SheetRows(String fileName, String sha256, String sheet, Predicate<CsvTable> knownHeader) {
            this.fileName = fileName;
            this.sha256 = sha256;
            this.sheet = sheet;
            this.knownHeader = knownHeader;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : column(reference);
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }

        @Override
        public void endRow(int rowNum) {
            long line = rowNum + 1L;
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                cells.remove(cells.size() - 1);
            }
            if (header == null) {
                if (line > HEADER_ROWS) {
                    throw new HeaderNotFound();
                }
                if (cells.isEmpty()) {
                    return;
                }
                List<String> candidate = cells.stream()
                        .map(c -> c.replaceAll("\\s+", " ").trim())
                        .toList();
                if (firstRow == null) {
                    firstRow = String.join(
                            " | ", candidate.stream().filter(c -> !c.isEmpty()).toList());
                }
                if (knownHeader.test(CsvTable.fromRows(fileName, sha256, candidate, List.of(), null))) {
                    header = candidate;
                    headerRow = line;
                }
                return;
            }
            if (cells.isEmpty()) {
                return;
            }
            if (cells.size() > header.size()) {
                errors.add(new RowError(
                        fileName,
                        line,
                        "(row)",
                        cells.size() + " cells",
                        "at most " + header.size() + " cells, as in the header on row " + headerRow + " of sheet '"
                                + sheet + "'"));
                return;
            }
            rows.add(new CsvRow(fileName, line, Collections.unmodifiableList(new ArrayList<>(cells))));
        }

        /** The column of a cell reference such as AB12: its letters read as a number in base 26. */
        private static int column(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length(); i++) {
                char c = reference.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    column = column * 26 + (c - 'A' + 1);
                } else if (c >= 'a' && c <= 'z') {
                    column = column * 26 + (c - 'a' + 1);
                } else if (c != '$') {
                    break;
                }
            }
            return column - 1;
        }

        CsvTable table() {
            if (!errors.isEmpty()) {
                throw new ImportRejectedException(fileName, "rows with more cells than the header", errors);
            }
            if (rows.isEmpty()) {
                throw new ImportRejectedException(
                        fileName,
                        fileName + " has a header on row " + headerRow + " of sheet '" + sheet
                                + "' but no rows below it: is it cut short?");
            }
            return CsvTable.fromRows(
                    fileName,
                    sha256,
                    header,
                    rows,
                    "read from sheet '" + sheet + "' of an Excel workbook; its header is on row " + headerRow
                            + " and line numbers are the sheet's row numbers");
        }

        /** The sheet, for a refusal: its name and how its first row reads. */
        String describe() {
            if (firstRow == null) {
                return "'" + sheet + "' (empty)";
            }
            String shown = firstRow.length() > 60 ? firstRow.substring(0, 60) + "…" : firstRow;
            return "'" + sheet + "' (its first row reads \"" + shown + "\")";
        }
    }

    /** Thrown to stop reading a sheet whose first rows hold no known header. */
    private static final class HeaderNotFound extends RuntimeException {
        HeaderNotFound() {
            super(null, null, false, false);
        }
    }

    /**
     * Cell values as the CSV download of the same data has them, whatever the cell's display format:
     * a date as ISO (2018-01-16), a number in plain digits (3, not 3.0; 115850, not 1.2E5).
     */
    private static final class PlainValues extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime time = DateUtil.getLocalDateTime(value, use1904);
                return time.toLocalTime().equals(LocalTime.MIDNIGHT)
                        ? time.toLocalDate().toString()
                        : time.toString();
            }
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return Double.toString(value);
            }
            return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        }
    }

    /** The workbook's zip entries, read from the uploaded bytes in place. */
    private static final class InMemoryZip implements ZipEntrySource {
        private final ZipFile zip;
        private boolean closed;

        InMemoryZip(ZipFile zip) {
            this.zip = zip;
        }

        @Override
        public Enumeration<? extends ZipArchiveEntry> getEntries() {
            return zip.getEntries();
        }

        @Override
        public ZipArchiveEntry getEntry(String path) {
            String normalised = path.replace('\\', '/');
            ZipArchiveEntry entry = zip.getEntry(normalised);
            if (entry != null) {
                return entry;
            }
            // part names are case-insensitive (OPC)
            for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements(); ) {
                ZipArchiveEntry candidate = all.nextElement();
                if (normalised.equalsIgnoreCase(candidate.getName().replace('\\', '/'))) {
                    return candidate;
                }
            }
            return null;
        }

        @Override
        public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
            return new Inflation(zip.getInputStream(entry), entry);
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public boolean isClosed() {
            return closed;
        }
    }

    /** Refuses an entry that inflates far beyond its packed size: a zip bomb, not a published file. */
    private static final class Inflation extends FilterInputStream {
        private final ZipArchiveEntry entry;
        private long read;

        Inflation(InputStream in, ZipArchiveEntry entry) {
            super(in);
            this.entry = entry;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws IOException {
            read += n;
            long packed = Math.max(1, entry.getCompressedSize());
            if (read > INFLATION_GRACE && read > packed * MOST_INFLATION) {
                throw new IOException("its part " + entry.getName() + " inflates to more than " + MOST_INFLATION
                        + " times its packed size, as a zip bomb does");
            }
        }
    }
}
