package org.tierwise.school.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
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
import org.tierwise.school.ConcernKind;
import org.tierwise.school.Confidentiality;
import org.tierwise.school.LocalIntelligence;
import org.tierwise.school.LocalIntelligenceRepository;

/**
 * Imports officers' recorded concerns from the project's own CSV: {@code URN, KIND, RECORDED_ON,
 * NOTE, RECORDED_BY[, SOURCE, CONFIDENTIALITY]}. A concern already held (same school, kind, date and note) is left
 * as it is.
 */
@Component
class IntelligenceImporter implements Importer {

    private static final String KINDS =
            Arrays.stream(ConcernKind.values()).map(Enum::name).collect(Collectors.joining(", "));

    private final LocalIntelligenceRepository intelligence;
    private final KnownSchools knownSchools;

    IntelligenceImporter(LocalIntelligenceRepository intelligence, KnownSchools knownSchools) {
        this.intelligence = intelligence;
        this.knownSchools = knownSchools;
    }

    @Override
    public String kind() {
        return "intelligence";
    }

    @Override
    public String description() {
        return "a local intelligence (officers' concerns) file";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public boolean recognises(CsvTable table) {
        return table.has("URN") && table.has("KIND") && table.has("RECORDED_ON") && table.has("NOTE");
    }

    @Override
    public String requiredColumns() {
        return "URN, KIND, RECORDED_ON, NOTE, RECORDED_BY";
    }

    @Override
    public Map<String, Integer> maxLengths() {
        return MaxLengths.of()
                .column(2000, "NOTE")
                .column(100, "RECORDED_BY")
                .column(300, "SOURCE")
                .map();
    }

    @Override
    public ImportReport importTable(CsvTable table, ImportOptions options) {
        List<RowError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now();
        Set<Integer> known = knownSchools.urns();
        Set<String> held = intelligence.findAll().stream()
                .map(IntelligenceImporter::key)
                .collect(Collectors.toCollection(HashSet::new));
        ImportTally tally = new ImportTally(kind(), table);
        List<LocalIntelligence> created = new ArrayList<>();
        Map<String, Long> inFile = new HashMap<>();
        for (CsvRow raw : table.rows()) {
            RowReader row = table.reader(raw, errors);
            Optional<Integer> urn = row.urn("URN");
            Optional<ConcernKind> kind = row.required("KIND", "one of " + KINDS)
                    .flatMap(k -> row.parse(
                            "KIND",
                            k,
                            "one of " + KINDS,
                            v -> ConcernKind.valueOf(v.toUpperCase(Locale.ROOT).replace(' ', '_'))));
            var date = row.required("RECORDED_ON", "the date the concern was recorded")
                    .flatMap(d -> row.pastDate("RECORDED_ON", today));
            Optional<String> note = row.required("NOTE", "what the concern is");
            Optional<String> by = row.required("RECORDED_BY", "who recorded it");
            // Optional: STANDARD or SAFEGUARDING; a SAFEGUARDING concern is confidential whatever it says.
            Optional<Confidentiality> asked = row.text("CONFIDENTIALITY").isEmpty()
                    ? Optional.of(Confidentiality.STANDARD)
                    : row.parse(
                            "CONFIDENTIALITY",
                            row.text("CONFIDENTIALITY").get(),
                            "STANDARD or SAFEGUARDING (or blank)",
                            v -> Confidentiality.valueOf(v.trim().toUpperCase(Locale.ROOT)));
            if (urn.isEmpty()
                    || kind.isEmpty()
                    || date.isEmpty()
                    || note.isEmpty()
                    || by.isEmpty()
                    || asked.isEmpty()) {
                continue;
            }
            if (!known.contains(urn.get())) {
                tally.skipped(row.line(), "URN " + urn.get(), KnownSchools.notInRegister(urn.get()));
                continue;
            }
            LocalIntelligence concern = new LocalIntelligence();
            concern.setUrn(urn.get());
            concern.setKind(kind.get());
            concern.setRecordedOn(date.get());
            concern.setNote(note.get());
            concern.setRecordedBy(by.get());
            concern.setConfidentiality(Confidentiality.of(kind.get(), asked.get()));
            concern.setDataSource(row.text("SOURCE").orElse(table.fileName()));
            Long firstLine = inFile.putIfAbsent(key(concern), row.line());
            if (firstLine != null) {
                row.error(
                        "URN",
                        urn.get().toString(),
                        "each concern once per file (the same school, kind, date and note are also on line " + firstLine
                                + ")");
                continue;
            }
            if (held.add(key(concern))) {
                created.add(concern);
                tally.created();
            } else {
                tally.existing(false);
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(table.fileName(), "the local intelligence file has bad rows", errors);
        }
        intelligence.saveAll(created);
        return tally.report();
    }

    private static String key(LocalIntelligence concern) {
        return concern.getUrn() + "|" + concern.getKind() + "|" + concern.getRecordedOn() + "|" + concern.getNote();
    }
}
