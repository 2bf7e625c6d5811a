package org.tierwise.school.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.data.jpa.repository.JpaRepository;
import org.tierwise.imports.ColumnMapping;
import org.tierwise.imports.CsvRow;
import org.tierwise.imports.CsvTable;
import org.tierwise.imports.ImportOptions;
import org.tierwise.imports.ImportRejectedException;
import org.tierwise.imports.ImportReport;
import org.tierwise.imports.ImportTally;
import org.tierwise.imports.Importer;
import org.tierwise.imports.MaxLengths;
import org.tierwise.imports.RowError;
import org.tierwise.imports.RowReader;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.DataStatus;
import org.tierwise.school.PublishedResult;

/**
 * Imports a DfE performance-tables results file (KS2 or KS4): one row per school for the year the
 * file is for, plus any comparison-year block the file carries (e.g. the {@code _19} columns of
 * the 2022-23 KS2 file, which hold the published 2018-19 figures).
 *
 * @param <R> the results entity
 */
abstract class ResultsImporter<R extends PublishedResult> implements Importer {

    /** The size of the data source column. */
    static final int MAX_SOURCE = 1000;

    private static final Pattern SUFFIX = Pattern.compile("_(\\d{2})$");

    /**
     * DfE's record types for the summary rows at the end of a performance-tables file, which have
     * no URN: 3 (the LA, in KS2 files), 4 (the LA in KS4 files; England, all schools, in KS2), 5
     * (England) and 7 (England, maintained schools), as the files' own metadata define them. Types 1
     * (mainstream) and 2 (special) are schools and need a URN.
     */
    static final Set<Integer> SUMMARY_RECORD_TYPES = Set.of(3, 4, 5, 7);

    static final String URN_EXPECTED = "a school URN (a positive whole number); only DfE's LA and national"
            + " summary rows (RECTYPE 3, 4, 5 or 7) have none";

    /** The LA code of a results row, as DfE's files name it. */
    private static final List<String> LA = List.of("LEA", "LA");

    private final KnownSchools knownSchools;

    ResultsImporter(KnownSchools knownSchools) {
        this.knownSchools = knownSchools;
    }

    /** The columns of this key stage, under their published names. */
    abstract ColumnMapping<R> mapping();

    /** Columns any one of which marks a file as this key stage's. */
    abstract List<String> signature();

    /** The repository of this key stage's results. */
    abstract JpaRepository<R, Long> repository();

    /** The stored results of this key stage for the given academic years (by end year). */
    abstract List<R> storedFor(Collection<Integer> academicYears);

    /** A new, empty result of this key stage. */
    abstract R newResult();

    private R create(int urn, int academicYear) {
        R result = newResult();
        result.setUrn(urn);
        result.setAcademicYear(academicYear);
        return result;
    }

    /** Sets the release stage, record type and data source; true when any of them changed. */
    private static boolean finish(PublishedResult result, DataStatus status, String source, Integer recordType) {
        String merged = mergedSource(result.getDataSource(), source);
        Integer type = recordType != null ? recordType : result.getRecordType();
        boolean changed = result.getDataStatus() != status
                || !merged.equals(result.getDataSource())
                || !Objects.equals(type, result.getRecordType());
        result.setDataStatus(status);
        result.setDataSource(merged);
        result.setRecordType(type);
        return changed;
    }

    @Override
    public boolean recognises(CsvTable table) {
        return table.has("URN") && table.firstPresent(signature()).isPresent();
    }

    @Override
    public String requiredColumns() {
        return "URN and at least one of " + String.join(", ", signature());
    }

    @Override
    public Map<String, Integer> maxLengths() {
        return MaxLengths.of().column(MAX_SOURCE, "SOURCE").map();
    }

    @Override
    public ImportReport importTable(CsvTable table, ImportOptions options) {
        AcademicYear year = options.academicYear()
                .orElseThrow(() -> new ImportRejectedException(
                        table.fileName(),
                        "the academic year of " + table.fileName()
                                + " is unknown: give it (e.g. year=2018-19) or name the file with it"));
        AcademicYear current = AcademicYear.containing(LocalDate.now());
        if (year.compareTo(current) > 0) {
            // A year that has not begun has no results: such a file is misnamed or given the wrong year.
            throw new ImportRejectedException(
                    table.fileName(),
                    "the academic year of " + table.fileName() + " is " + year.label() + ", after the current one ("
                            + current.label() + "): expected " + current.label() + " or earlier; give the right year"
                            + " (e.g. year=2018-19) or name the file with it");
        }
        Map<AcademicYear, ColumnMapping.Binding<R>> blocks = new java.util.LinkedHashMap<>();
        blocks.put(year, mapping().bind(table));
        for (AcademicYear comparison : comparisonYears(table, year)) {
            var binding = mapping()
                    .withSuffix("_" + String.format("%02d", comparison.endYear() % 100))
                    .bind(table);
            if (!binding.isEmpty()) {
                blocks.put(comparison, binding);
            }
        }
        List<RowError> errors = new ArrayList<>();
        Set<Integer> known = knownSchools.urns();
        Set<Integer> registerLas = knownSchools.laCodes();
        Optional<String> laColumn = table.firstPresent(LA);
        Map<String, R> stored = storedFor(
                        blocks.keySet().stream().map(AcademicYear::endYear).toList())
                .stream()
                .collect(Collectors.toMap(r -> r.getUrn() + "@" + r.getAcademicYear(), Function.identity()));
        Map<Integer, Long> seen = new HashMap<>();
        ImportTally tally = new ImportTally(kind(), table);
        List<R> changed = new ArrayList<>();
        for (CsvRow raw : table.rows()) {
            RowReader row = table.reader(raw, errors);
            Integer recordType = row.integer("RECTYPE").orElse(null);
            if (row.text("URN").isEmpty()) {
                if (recordType != null && SUMMARY_RECORD_TYPES.contains(recordType)) {
                    tally.summaryRow(recordType); // an LA's or England's totals: not a school
                    continue;
                }
                row.error("URN", "", URN_EXPECTED);
                blocks.values().forEach(b -> b.apply(create(0, year.endYear()), row)); // still check its cells
                continue;
            }
            Optional<Integer> urn = row.urn("URN");
            if (urn.isEmpty()) {
                blocks.values().forEach(b -> b.apply(create(0, year.endYear()), row)); // still check its cells
                continue;
            }
            Long firstLine = seen.putIfAbsent(urn.get(), row.line());
            if (firstLine != null) {
                row.error("URN", urn.get().toString(), "each URN once per file (also on line " + firstLine + ")");
                continue;
            }
            boolean inRegister = known.contains(urn.get());
            for (var block : blocks.entrySet()) {
                int blockYear = block.getKey().endYear();
                var binding = block.getValue();
                if (!binding.hasAnyValue(row) && block.getKey() != year) {
                    continue; // the comparison year is blank for this school
                }
                if (!inRegister) {
                    binding.apply(create(urn.get(), blockYear), row); // still check the row's cells
                    continue;
                }
                String source = row.text("SOURCE")
                        .orElse("published: " + table.fileName() + blockNote(block, year) + ", line " + row.line());
                R result = stored.get(urn.get() + "@" + blockYear);
                boolean isNew = result == null;
                if (isNew) {
                    result = create(urn.get(), blockYear);
                    stored.put(urn.get() + "@" + blockYear, result);
                }
                boolean comparison = !block.getKey().equals(year);
                // A comparison column left blank keeps what the year's own file stored, and a later
                // file's release stage is not the earlier year's: an existing result keeps its own.
                // The year's own file sets its figures, but its blank cells leave what a later file's
                // comparison columns supplied; those columns fill only what the own file left empty.
                // So the two files give the same figures imported in either order, or again.
                boolean dirty;
                if (!comparison) {
                    dirty = readFromComparison(result) ? binding.applyGiven(result, row) : binding.apply(result, row);
                } else {
                    dirty = readFromOwnFile(result)
                            ? binding.fillMissing(result, row)
                            : binding.applyGiven(result, row);
                }
                dirty |= finish(
                        result, comparison && !isNew ? result.getDataStatus() : options.status(), source, recordType);
                if (isNew) {
                    tally.created();
                } else {
                    tally.existing(dirty);
                }
                if (dirty) {
                    changed.add(result);
                }
            }
            if (!inRegister) {
                // Counted by LA, not listed: a national file holds thousands of other authorities' rows.
                Integer la = laColumn.flatMap(row::text)
                        .flatMap(ResultsImporter::laCode)
                        .orElse(null);
                tally.notInRegister(la, la != null && !registerLas.contains(la), urn.get());
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(table.fileName(), "the results file has bad rows", errors);
        }
        repository().saveAll(changed);
        blocks.keySet().stream()
                .filter(y -> !y.equals(year))
                .forEach(y -> tally.note("also read the " + y.label() + " comparison columns"));
        return tally.report();
    }

    /** True when the result was read from its year's own file, not only from later files' comparison columns. */
    private boolean readFromOwnFile(R result) {
        return sources(result).anyMatch(s -> !s.endsWith(" comparison columns)"));
    }

    /** True when a later file's comparison columns supplied some of the result. */
    private boolean readFromComparison(R result) {
        return sources(result).anyMatch(s -> s.endsWith(" comparison columns)"));
    }

    private java.util.stream.Stream<String> sources(R result) {
        String sources = result.getDataSource();
        // Each source is "published: <file>[ (<year> comparison columns)], line <n>" or a SOURCE cell.
        return sources == null
                ? java.util.stream.Stream.empty()
                : java.util.Arrays.stream(sources.split("; ")).map(source -> source.replaceFirst(", line \\d+$", ""));
    }

    /**
     * The sources a result was read from, oldest first; when they no longer fit the column, the
     * oldest are dropped (the newest file is the one that set the figures).
     */
    static String mergedSource(String current, String source) {
        if (current == null || current.isBlank()) {
            return source;
        }
        List<String> sources = new ArrayList<>(java.util.Arrays.asList(current.split("; ")));
        if (sources.contains(source)) {
            return current;
        }
        sources.add(source);
        while (sources.size() > 1 && String.join("; ", sources).length() > MAX_SOURCE) {
            sources.remove(0);
        }
        return String.join("; ", sources);
    }

    private static String blockNote(Map.Entry<AcademicYear, ?> block, AcademicYear fileYear) {
        return block.getKey().equals(fileYear) ? "" : " (" + block.getKey().label() + " comparison columns)";
    }

    /** An LA code such as 850; anything else (a blank, a name) leaves the LA unknown. */
    private static Optional<Integer> laCode(String text) {
        try {
            return Optional.of(new java.math.BigDecimal(text).intValueExact());
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Two-digit column suffixes naming an earlier year, e.g. READPROG_19 in a 2022-23 file. */
    private Set<AcademicYear> comparisonYears(CsvTable table, AcademicYear fileYear) {
        Set<AcademicYear> years = new TreeSet<>();
        for (String column : table.header()) {
            var m = SUFFIX.matcher(column);
            if (m.find()) {
                int end = 2000 + Integer.parseInt(m.group(1));
                if (end < fileYear.endYear() && end > fileYear.endYear() - 10) {
                    years.add(new AcademicYear(end));
                }
            }
        }
        return years;
    }
}
