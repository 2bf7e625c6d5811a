package org.tierwise.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What an uploaded file is, told from its first bytes, and the table read from it: a CSV file, or
 * the sheet of an Excel workbook (.xlsx) whose header an importer knows. Anything else is refused
 * with one message saying what the file is and which formats the service reads.
 */
final class UploadedFiles {

    static final String READS = "The service reads CSV files (UTF-8 or Windows-1252, the header on the first"
            + " line) and Excel workbooks (.xlsx, the header on one of the first " + XlsxReader.HEADER_ROWS
            + " rows of a sheet).";

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] GZIP = {0x1F, (byte) 0x8B};
    private static final byte[] UTF16_LE = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16_BE = {(byte) 0xFE, (byte) 0xFF};

    private UploadedFiles() {}

    /**
     * The file as a table.
     *
     * @param knownHeader whether a row, as a header, names the columns of a kind of file the service imports
     * @param kinds those kinds and their columns, for a refusal
     */
    static CsvTable table(String fileName, byte[] bytes, Predicate<CsvTable> knownHeader, Supplier<String> kinds) {
        if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) {
            return zip(fileName, bytes, knownHeader, kinds);
        }
        if (startsWith(bytes, OLE2)) {
            throw refused(fileName, oldOffice(bytes));
        }
        if (startsWith(bytes, PDF)) {
            throw refused(
                    fileName, "a PDF document: import the CSV or .xlsx file the figures are published in instead");
        }
        if (startsWith(bytes, GZIP)) {
            throw refused(fileName, "a gzip-compressed file: decompress it and import the file inside");
        }
        if (startsWith(bytes, UTF16_LE) || startsWith(bytes, UTF16_BE)) {
            throw refused(
                    fileName,
                    "a UTF-16 text file (as Excel saves \"Unicode text\"): save it as \"CSV UTF-8\" and import that");
        }
        if (isWebPage(bytes)) {
            throw refused(
                    fileName,
                    "a web page (HTML), not a data file: the page may have been saved instead of the file it links to");
        }
        return CsvTable.parse(fileName, bytes);
    }

    private static CsvTable zip(
            String fileName, byte[] bytes, Predicate<CsvTable> knownHeader, Supplier<String> kinds) {
        List<String> names = new ArrayList<>();
        String mimetype = null;
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
                .get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                names.add(entry.getName());
            }
            ZipArchiveEntry type = zip.getEntry("mimetype");
            if (type != null && type.getSize() < 200) {
                try (InputStream in = zip.getInputStream(type)) {
                    mimetype = new String(in.readNBytes(200), StandardCharsets.US_ASCII).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            throw refused(fileName, "a damaged or incomplete zip archive (" + e.getMessage() + ")");
        }
        Set<String> parts = Set.copyOf(names);
        if (parts.contains("xl/workbook.xml")) {
            return XlsxReader.read(fileName, bytes, knownHeader, kinds);
        }
        if (parts.contains("xl/workbook.bin")) {
            throw refused(fileName, "an Excel binary workbook (.xlsb): save it as .xlsx or CSV and import that");
        }
        if (mimetype != null && mimetype.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
            throw refused(
                    fileName,
                    "an OpenDocument spreadsheet (.ods): open it and save it as .xlsx or CSV, and import that");
        }
        if (mimetype != null && mimetype.startsWith("application/vnd.oasis.opendocument")) {
            throw refused(fileName, "an OpenDocument file (" + mimetype + "), not a spreadsheet");
        }
        if (parts.contains("word/document.xml")) {
            throw refused(fileName, "a Word document (.docx), not a spreadsheet");
        }
        if (parts.contains("ppt/presentation.xml")) {
            throw refused(fileName, "a PowerPoint presentation (.pptx), not a spreadsheet");
        }
        List<String> files = names.stream().filter(n -> !n.endsWith("/")).toList();
        String held = files.isEmpty()
                ? "nothing"
                : String.join(", ", files.subList(0, Math.min(5, files.size())))
                        + (files.size() > 5 ? " and " + (files.size() - 5) + " more" : "");
        throw refused(fileName, "a zip archive holding " + held + ": unzip it and import the files inside one by one");
    }

    /** An Office 97-2003 file: an .xls workbook, a password-protected workbook, or a Word document. */
    private static String oldOffice(byte[] bytes) {
        Set<String> entries;
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            entries = fs.getRoot().getEntryNames();
        } catch (IOException | RuntimeException e) {
            return "an Office 97-2003 file that could not be opened (" + e.getMessage() + ")";
        }
        if (entries.contains("Workbook") || entries.contains("Book")) {
            return "an Excel 97-2003 workbook (.xls, the old binary format): save it as .xlsx or CSV and import that";
        }
        if (entries.contains("EncryptedPackage")) {
            return "a password-protected Office file: save a copy without the password as .xlsx or CSV and import that";
        }
        if (entries.contains("WordDocument")) {
            return "a Word 97-2003 document (.doc), not a spreadsheet";
        }
        return "an Office 97-2003 file, not a spreadsheet";
    }

    private static boolean isWebPage(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3
                : 0;
        String head = new String(bytes, start, Math.min(bytes.length - start, 256), StandardCharsets.ISO_8859_1)
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static ImportRejectedException refused(String fileName, String what) {
        return new ImportRejectedException(fileName, fileName + " is " + what + ". Nothing was stored. " + READS);
    }
}
