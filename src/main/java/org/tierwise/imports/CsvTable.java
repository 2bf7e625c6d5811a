package org.tierwise.imports;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * A CSV file read whole: its header (looked up case-insensitively, as DfE capitalisation varies
 * between years) and its rows with their line numbers.
 */
public final class CsvTable {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** How Commons CSV reports a quoted field still open at the end of the file, and a character after a closing quote. */
    private static final Pattern UNCLOSED_QUOTE = Pattern.compile("\\(startline ([\\d,]+)\\) EOF reached");

    private static final Pattern TEXT_AFTER_QUOTE =
            Pattern.compile("Invalid character between encapsulated token and delimiter at line: ([\\d,]+)");

    private final String fileName;
    private final String sha256;
    private final List<String> header;
    private final Map<String, Integer> columns;
    private final List<CsvRow> rows;
    private final String encodingNote;
    private final int listRows;

    /**
     * Last columns that GIAS writes as a list, one unquoted field per item: its establishment
     * extract puts a school's second and later linked establishments after the header's last
     * column ({@code Linked establishments}). A row's fields past such a column are more of its
     * values, joined with ", " as GIAS shows them. Any other file with more fields than its header
     * is refused: there the extra fields mean an unquoted comma or a broken line, and every column
     * after it would be read from the wrong field.
     */
    static final Set<String> LIST_VALUED_LAST_COLUMNS = Set.of(normalise("Linked establishments"));

    private CsvTable(
            String fileName, String sha256, List<String> header, List<CsvRow> rows, String encodingNote, int listRows) {
        this.fileName = fileName;
        this.sha256 = sha256;
        this.header = header;
        this.rows = rows;
        this.encodingNote = encodingNote;
        this.listRows = listRows;
        this.columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(normalise(header.get(i)), i);
        }
    }

    /**
     * Parses the bytes of a CSV file with a header line. UTF-8 (with or without a byte-order mark)
     * is expected; a file that is not valid UTF-8 is read as Windows-1252, the encoding of older
     * DfE downloads, and says so in {@link #encodingNote()}.
     */
    public static CsvTable parse(String fileName, byte[] bytes) {
        int start = startsWithByteOrderMark(bytes) ? UTF8_BOM.length : 0;
        if (blank(bytes, start)) {
            throw new ImportRejectedException(fileName, fileName + " is empty: expected a header line and rows");
        }
        try {
            return parse(fileName, bytes, new Source(bytes, start, StandardCharsets.UTF_8), null);
        } catch (NotUtf8 e) {
            return parse(
                    fileName,
                    bytes,
                    new Source(bytes, start, WINDOWS_1252),
                    "file is not valid UTF-8; read as Windows-1252");
        }
    }

    /**
     * A table read from something other than CSV text, an Excel sheet for example: the header and
     * rows as read, each row numbered as in its source, and a note for the import report.
     */
    public static CsvTable fromRows(
            String fileName, String sha256, List<String> header, List<CsvRow> rows, String note) {
        return new CsvTable(fileName, sha256, List.copyOf(header), List.copyOf(rows), note, 0);
    }

    /**
     * The bytes after any byte-order mark, decoded as they are read: the file is never held as one
     * string, which for UTF-16 characters doubles a large download in memory (issue 15). UTF-8 is
     * decoded strictly, so a file that is not UTF-8 is noticed and read again as Windows-1252.
     */
    private record Source(byte[] bytes, int start, Charset charset) {
        Reader reader() {
            return new InputStreamReader(
                    new ByteArrayInputStream(bytes, start, bytes.length - start),
                    charset.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT));
        }
    }

    /** Thrown while reading UTF-8 that is not: the file is read again as Windows-1252. */
    private static final class NotUtf8 extends RuntimeException {
        NotUtf8(Throwable cause) {
            super(cause);
        }
    }

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static boolean startsWithByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }

    private static boolean blank(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            if (!Character.isWhitespace(bytes[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithLineBreak(byte[] bytes) {
        return bytes.length > 0 && (bytes[bytes.length - 1] == '\n' || bytes[bytes.length - 1] == '\r');
    }

    /**
     * True when the last row is one field short, as other rows of the file are: DfE drops a row's
     * trailing empty field (KS4 2017-18 rows with no P8_BANDING) and ends its files without a line
     * break, so such a last line is whole, not cut short.
     */
    private static boolean dropsTrailingField(List<CsvRow> rows, int fields) {
        if (rows.get(rows.size() - 1).values().size() != fields - 1) {
            return false;
        }
        return rows.subList(0, rows.size() - 1).stream()
                .anyMatch(row -> row.values().size() == fields - 1);
    }

    private static CsvTable parse(String fileName, byte[] bytes, Source text, String note) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = format.parse(text.reader())) {
            List<String> header =
                    parser.getHeaderNames().stream().map(String::trim).toList();
            List<CsvRow> rows = new ArrayList<>();
            List<RowError> errors = new ArrayList<>();
            SharedValues shared = new SharedValues();
            boolean lastIsList =
                    !header.isEmpty() && LIST_VALUED_LAST_COLUMNS.contains(normalise(header.get(header.size() - 1)));
            int listRows = 0;
            for (CSVRecord record : parser) {
                long line = startLine(record, parser.getCurrentLineNumber());
                if (record.size() > header.size() && lastIsList) {
                    rows.add(new CsvRow(fileName, line, listInLastColumn(record, header.size(), shared)));
                    listRows++;
                    continue;
                }
                if (record.size() > header.size()) {
                    errors.add(new RowError(
                            fileName,
                            line,
                            "(row)",
                            record.size() + " fields",
                            "at most " + header.size() + " fields, as in the header"));
                    continue;
                }
                String[] values = new String[record.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = shared.share(record.get(i));
                }
                rows.add(new CsvRow(fileName, line, Arrays.asList(values)));
            }
            CsvTable table = new CsvTable(fileName, sha256(bytes), header, rows, note, listRows);
            if (!errors.isEmpty()) {
                throw new ImportRejectedException(fileName, "rows with more fields than the header", errors);
            }
            if (rows.isEmpty()) {
                throw new ImportRejectedException(
                        fileName, fileName + " has a header line but no rows: is it cut short?");
            }
            CsvRow last = rows.get(rows.size() - 1);
            if (!endsWithLineBreak(bytes)
                    && last.values().size() < header.size()
                    && !dropsTrailingField(rows, header.size())) {
                throw new ImportRejectedException(
                        fileName,
                        "the file is cut short",
                        List.of(new RowError(
                                fileName,
                                last.line(),
                                "(row)",
                                last.values().size() + " fields",
                                header.size() + " fields as in the header: the last line ends without a line break,"
                                        + " part way through")));
            }
            return table;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            if (text.charset().equals(StandardCharsets.UTF_8) && codingError(e)) {
                throw new NotUtf8(e);
            }
            throw unreadable(fileName, text, e);
        }
    }

    /** A row whose fields from the last column on are one list: the last value joins them with ", ". */
    private static List<String> listInLastColumn(CSVRecord record, int columns, SharedValues shared) {
        String[] values = new String[columns];
        for (int i = 0; i < columns - 1; i++) {
            values[i] = shared.share(record.get(i));
        }
        List<String> items = new ArrayList<>();
        for (int i = columns - 1; i < record.size(); i++) {
            items.add(record.get(i).trim());
        }
        values[columns - 1] = String.join(", ", items);
        return Arrays.asList(values);
    }

    /** A quoting error, located on its line when the parser says which, or any other parse failure. */
    private static boolean codingError(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    private static ImportRejectedException unreadable(String fileName, Source text, Exception e) {
        String message = String.valueOf(e.getMessage());
        Matcher unclosed = UNCLOSED_QUOTE.matcher(message);
        Matcher afterQuote = TEXT_AFTER_QUOTE.matcher(message);
        RowError error = null;
        if (unclosed.find()) {
            long line = Long.parseLong(unclosed.group(1).replace(",", ""));
            error = new RowError(
                    fileName,
                    line,
                    "(row)",
                    lineText(text, line),
                    "a closing quote for the quoted field that opens on this line: the file ends inside it (is it cut"
                            + " short?)");
        } else if (afterQuote.find()) {
            long line = Long.parseLong(afterQuote.group(1).replace(",", ""));
            error = new RowError(
                    fileName,
                    line,
                    "(row)",
                    lineText(text, line),
                    "a comma or the end of the line right after a closing quote (a quote inside a quoted field is"
                            + " written twice: \"\")");
        }
        if (error == null) {
            return new ImportRejectedException(fileName, fileName + " is not a readable CSV file: " + message);
        }
        return new ImportRejectedException(
                fileName, fileName + " is not a readable CSV file: a quote is out of place", List.of(error));
    }

    /** Line {@code number} (1 is the header), shortened for a message. */
    private static String lineText(Source text, long number) {
        String line;
        try (BufferedReader lines = new BufferedReader(text.reader())) {
            line = lines.lines().skip(number - 1).findFirst().orElse("");
        } catch (IOException | UncheckedIOException e) {
            line = "";
        }
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }

    /** The line a record starts on: where the parser stands, less the line breaks inside quoted fields. */
    private static long startLine(CSVRecord record, long currentLine) {
        long breaks = 0;
        for (String value : record) {
            for (int at = value.indexOf('\n'); at >= 0; at = value.indexOf('\n', at + 1)) {
                breaks++;
            }
        }
        return currentLine - breaks;
    }

    /**
     * One copy of each short value: a DfE file repeats a few hundred (SUPP, NE, x, 0, 100, empty) in
     * most of its cells, and a copy per cell made the table twelve times the file's size in memory.
     */
    private static final class SharedValues {
        private static final int LONGEST_SHARED = 16;
        private static final int MOST_SHARED = 1 << 16;
        private final Map<String, String> values = new HashMap<>();

        String share(String value) {
            if (value.length() > LONGEST_SHARED) {
                return value;
            }
            String kept = values.get(value);
            if (kept != null) {
                return kept;
            }
            if (values.size() < MOST_SHARED) {
                values.put(value, value);
            }
            return value;
        }
    }

    static String normalise(String column) {
        return column.trim().toUpperCase(Locale.ROOT);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    public String fileName() {
        return fileName;
    }

    public String sha256() {
        return sha256;
    }

    public List<String> header() {
        return header;
    }

    public List<CsvRow> rows() {
        return rows;
    }

    public Optional<String> encodingNote() {
        return Optional.ofNullable(encodingNote);
    }

    /** What the report says about how the file was read: its encoding, and rows read past the header's last column. */
    public List<String> readingNotes() {
        List<String> notes = new ArrayList<>();
        encodingNote().ifPresent(notes::add);
        if (listRows > 0) {
            notes.add(listRows + " row(s) list more than one " + header.get(header.size() - 1)
                    + " in fields after the last column, as GIAS writes them: read as that column's values");
        }
        return notes;
    }

    public boolean has(String column) {
        return columns.containsKey(normalise(column));
    }

    /** The first of the given column names that the file has, if any. */
    public Optional<String> firstPresent(List<String> aliases) {
        return aliases.stream().filter(this::has).findFirst();
    }

    int indexOf(String column) {
        Integer index = columns.get(normalise(column));
        return index == null ? -1 : index;
    }

    /** A reader for one row of this table. */
    public RowReader reader(CsvRow row, List<RowError> errors) {
        return new RowReader(this, row, errors);
    }
}
