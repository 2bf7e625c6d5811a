package org.tierwise.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tierwise.audit.AuditAction;
import org.tierwise.audit.AuditEntry;
import org.tierwise.audit.AuditLog;
import org.tierwise.audit.AuditOutcome;
import org.tierwise.database.DatabaseRefusal;

/**
 * Imports CSV files and Excel workbooks atomically: a file is recognised from its header, checked
 * row by row, and written in one transaction, or refused whole with every error it holds.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    /** Longer file names are refused: the name is kept as the data source of what the file stores. */
    static final int MAX_FILE_NAME = 255;

    private final Map<String, Importer> importers;
    private final TransactionTemplate transactions;
    private final AuditLog audit;

    ImportService(List<Importer> importers, TransactionTemplate transactions, AuditLog audit) {
        this.importers = importers.stream()
                .collect(Collectors.toMap(Importer::kind, Function.identity(), (a, b) -> a, TreeMap::new));
        this.transactions = transactions;
        this.audit = audit;
    }

    /** The kinds of file this service imports, with their descriptions. */
    public Map<String, String> kinds() {
        Map<String, String> kinds = new TreeMap<>();
        importers.forEach((kind, importer) -> kinds.put(kind, importer.description()));
        return kinds;
    }

    /**
     * Imports one file.
     *
     * @param kind the declared kind, or {@code null} to recognise it from the header
     */
    public ImportReport importFile(String kind, String fileName, byte[] bytes, ImportOptions options) {
        try {
            return importChecked(kind, fileName, bytes, options);
        } catch (RuntimeException e) {
            audit.record(refused(kind, fileName, bytes, e));
            throw e;
        } catch (OutOfMemoryError e) {
            // The table is unreachable once here, so there is memory again to say so and audit it.
            ImportTooLargeException refusal = new ImportTooLargeException(
                    fileName,
                    "The service ran out of memory reading " + fileName + " (" + bytes.length
                            + " bytes); nothing was stored. Start the service with more memory (-Xmx), or"
                            + " import the file when fewer others are being read.");
            audit.record(refused(kind, fileName, bytes, refusal));
            throw refusal;
        }
    }

    private ImportReport importChecked(String kind, String fileName, byte[] bytes, ImportOptions options) {
        if (fileName.length() > MAX_FILE_NAME) {
            throw new ImportRejectedException(
                    fileName.substring(0, 60) + "…",
                    "the file name has " + fileName.length() + " characters; at most " + MAX_FILE_NAME
                            + " are accepted");
        }
        CsvTable table = table(fileName, bytes);
        Importer importer = kind == null ? recognise(table) : declared(kind, table);
        checkLengths(table, importer);
        ImportOptions completed = options.completedFrom(fileName);
        ImportReport report;
        try {
            report = transactions.execute(status -> {
                ImportReport stored = importer.importTable(table, completed);
                audit.record(imported(stored));
                return stored;
            });
        } catch (DataIntegrityViolationException e) {
            // The importers check what they can name by line and column; anything the database
            // still refuses is a bad file too, and the transaction has stored none of it.
            // The driver's message quotes the SQL: it is logged, and the refusal says in words what failed.
            DatabaseRefusal refusal = DatabaseRefusal.of(e);
            throw new ImportRejectedException(
                    fileName,
                    fileName + " was refused by the database and nothing was stored: " + refusal.words()
                            + " (reference " + refusal.reference() + " in the service log)");
        }
        log.info(
                "Imported {} as {}: {} rows, {} created, {} updated, {} unchanged, {} skipped",
                fileName,
                importer.kind(),
                report.rows(),
                report.created(),
                report.updated(),
                report.unchanged(),
                report.skipped().size());
        return report;
    }

    /**
     * The kind of file this is, recognised from its header; empty when it cannot be read or matches
     * no kind or several (importing it with no kind named then refuses it, saying why).
     */
    public Optional<String> recognisedKind(String fileName, byte[] bytes) {
        try {
            return Optional.of(recognise(table(fileName, bytes)).kind());
        } catch (ImportRejectedException e) {
            return Optional.empty();
        }
    }

    /** Imports a file, or every CSV and .xlsx file of a folder in dependency order (register first). */
    public List<ImportReport> importPath(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new ImportRejectedException(path.toString(), path + " does not exist");
        }
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(p -> {
                            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                            // ~$name.xlsx is the lock file Excel leaves beside a workbook it has open
                            return name.endsWith(".csv") || (name.endsWith(".xlsx") && !name.startsWith("~$"));
                        })
                        .sorted()
                        .toList();
            }
        } else {
            files = List.of(path);
        }
        record Pending(Path path, byte[] bytes, Importer importer) {}
        List<Pending> pending = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            pending.add(
                    new Pending(file, bytes, recognise(table(file.getFileName().toString(), bytes))));
        }
        pending.sort(
                Comparator.comparingInt((Pending p) -> p.importer().order()).thenComparing(Pending::path));
        List<ImportReport> reports = new ArrayList<>();
        for (Pending p : pending) {
            reports.add(importFile(
                    p.importer().kind(), p.path().getFileName().toString(), p.bytes(), ImportOptions.none()));
        }
        return reports;
    }

    /** Refuses the file if any cell is longer than the importer's column for it can hold. */
    private static void checkLengths(CsvTable table, Importer importer) {
        List<RowError> errors = new ArrayList<>();
        importer.maxLengths().forEach((column, max) -> {
            int index = table.indexOf(column);
            if (index < 0) {
                return;
            }
            String name = table.header().get(index);
            for (CsvRow row : table.rows()) {
                String value = row.value(index);
                if (value != null && value.trim().length() > max) {
                    String trimmed = value.trim();
                    errors.add(new RowError(
                            table.fileName(),
                            row.line(),
                            name,
                            trimmed.length() > 40 ? trimmed.substring(0, 40) + "…" : trimmed,
                            "at most " + max + " characters (this value has " + trimmed.length() + ")"));
                }
            }
        });
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingLong(RowError::line));
            throw new ImportRejectedException(table.fileName(), "the file has values too long to store", errors);
        }
    }

    private Importer declared(String kind, CsvTable table) {
        Importer importer = importers.get(kind);
        if (importer == null) {
            throw new UnknownImportKindException(kind, importers.keySet());
        }
        if (!importer.recognises(table)) {
            refuseColumnDictionary(table);
            Optional<Importer> other = importers.values().stream()
                    .filter(i -> i != importer && i.recognises(table))
                    .findFirst();
            String message = other.map(o -> table.fileName() + " looks like " + o.description() + " (kind '" + o.kind()
                            + "'), not " + importer.description())
                    .orElse(table.fileName() + " is not " + importer.description() + ": it needs the columns "
                            + importer.requiredColumns());
            throw new ImportRejectedException(table.fileName(), message);
        }
        return importer;
    }

    /** The file as a table: CSV, or the sheet of an Excel workbook whose header an importer knows. */
    private CsvTable table(String fileName, byte[] bytes) {
        return UploadedFiles.table(
                fileName,
                bytes,
                header -> importers.values().stream().anyMatch(i -> i.recognises(header)),
                this::kindsAndColumns);
    }

    private String kindsAndColumns() {
        return importers.values().stream()
                .map(i -> i.kind() + " (" + i.requiredColumns() + ")")
                .collect(Collectors.joining("; "));
    }

    /**
     * DfE's column dictionaries (the "meta" files beside each performance-tables download) are
     * recognised by their header, so a user who sends one is told what it is, not that it matches
     * no kind.
     */
    private static void refuseColumnDictionary(CsvTable table) {
        if (table.has("Column") && (table.has("Field Name") || table.has("Metafile heading"))) {
            throw new ImportRejectedException(
                    table.fileName(),
                    table.fileName() + " is DfE's column dictionary (metadata: what each column of a results file"
                            + " means), not data: there is nothing in it to import. Import the results file it"
                            + " describes instead");
        }
    }

    private Importer recognise(CsvTable table) {
        refuseColumnDictionary(table);
        List<Importer> matching =
                importers.values().stream().filter(i -> i.recognises(table)).toList();
        if (matching.size() == 1) {
            return matching.get(0);
        }
        String kinds = kindsAndColumns();
        throw new ImportRejectedException(
                table.fileName(),
                matching.isEmpty()
                        ? table.fileName() + " is not a file this service imports; its header matches none of: " + kinds
                        : table.fileName() + " matches several kinds of file ("
                                + matching.stream().map(Importer::kind).collect(Collectors.joining(", "))
                                + "); import it with its kind named");
    }

    private static AuditEntry imported(ImportReport report) {
        return AuditEntry.of(
                        AuditAction.IMPORT,
                        "file",
                        report.file(),
                        "Imported " + report.file() + " as " + report.kind() + ": " + report.rows() + " rows, "
                                + report.created() + " created, " + report.updated() + " updated")
                .digest(report.sha256())
                .detail("kind", report.kind())
                .detail("rows", report.rows())
                .detail("created", report.created())
                .detail("updated", report.updated())
                .detail("unchanged", report.unchanged())
                .detail("skipped", report.skipped().size())
                .detail("setAside", report.setAside().rows());
    }

    private static AuditEntry refused(String kind, String fileName, byte[] bytes, RuntimeException e) {
        return AuditEntry.of(AuditAction.IMPORT, "file", fileName, "Refused " + fileName + ": " + e.getMessage())
                .outcome(AuditOutcome.REFUSED)
                .digest(CsvTable.sha256(bytes))
                .detail("kind", kind == null ? "auto" : kind)
                .detail("bytes", bytes.length)
                .detail("reason", e.getMessage())
                .detail(
                        "errors",
                        e instanceof ImportRejectedException rejected
                                ? rejected.errors().stream()
                                        .limit(20)
                                        .map(RowError::toString)
                                        .toList()
                                : List.of());
    }
}
