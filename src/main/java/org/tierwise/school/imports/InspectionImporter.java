package org.tierwise.school.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
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
import org.tierwise.school.CategoryOfConcern;
import org.tierwise.school.Inspection;
import org.tierwise.school.InspectionRepository;

/**
 * Imports Ofsted judgements: the DfE performance-tables Ofsted file (URN, Inspection date,
 * Overall effectiveness 1-4) or Ofsted's management-information file, whose category of concern,
 * key judgements and previous inspection it reads where present. The MI file names two judgements
 * a school: its latest and the one before (Previous inspection start date, Previous full
 * inspection overall effectiveness, ...); both are recorded, so "RI twice" and "below good since"
 * are decided from the one file. Ofsted writes NULL for a judgement or date it has none of.
 */
@Component
class InspectionImporter implements Importer {

    static final List<String> DATE = List.of("Inspection date", "Inspection start date");
    static final String OVERALL = "Overall effectiveness";
    static final List<String> PREVIOUS_DATE =
            List.of("Previous inspection start date", "Previous full inspection start date");
    static final List<String> PREVIOUS_OVERALL = List.of(
            "Previous full inspection overall effectiveness",
            "Previous graded inspection overall effectiveness",
            "Previous overall effectiveness");
    private static final int MAX_SOURCE = 300;
    private static final String GRADE_EXPECTED = "an Ofsted grade 1-4 (or blank, NULL, 9 or Not judged for none)";

    private static final ColumnMapping<Inspection> MAPPING = new ColumnMapping<Inspection>()
            .map(
                    List.of("Publication date", "First published date"),
                    InspectionImporter::date,
                    Inspection::getPublicationDate,
                    Inspection::setPublicationDate)
            .map(
                    OVERALL,
                    InspectionImporter::grade,
                    Inspection::getOverallEffectiveness,
                    Inspection::setOverallEffectiveness)
            .map(
                    "Quality of education",
                    InspectionImporter::grade,
                    Inspection::getQualityOfEducation,
                    Inspection::setQualityOfEducation)
            .map(
                    "Behaviour and attitudes",
                    InspectionImporter::grade,
                    Inspection::getBehaviourAndAttitudes,
                    Inspection::setBehaviourAndAttitudes)
            .map(
                    "Personal development",
                    InspectionImporter::grade,
                    Inspection::getPersonalDevelopment,
                    Inspection::setPersonalDevelopment)
            .map(
                    List.of("Effectiveness of leadership and management", "Leadership and management"),
                    InspectionImporter::grade,
                    Inspection::getLeadershipAndManagement,
                    Inspection::setLeadershipAndManagement)
            .map(
                    PREVIOUS_DATE,
                    InspectionImporter::date,
                    Inspection::getPreviousInspectionDate,
                    Inspection::setPreviousInspectionDate)
            .map(
                    PREVIOUS_OVERALL,
                    InspectionImporter::grade,
                    Inspection::getPreviousOverallEffectiveness,
                    Inspection::setPreviousOverallEffectiveness)
            .map(
                    "Category of concern",
                    InspectionImporter::category,
                    Inspection::getCategoryOfConcern,
                    Inspection::setCategoryOfConcern)
            .map(
                    "Safeguarding is effective?",
                    ReportCardImporter::safeguarding,
                    Inspection::getSafeguardingMet,
                    Inspection::setSafeguardingMet);

    /** The MI file's previous judgement, read onto a record of its own. */
    private static final ColumnMapping<Inspection> PREVIOUS = new ColumnMapping<Inspection>()
            .map(
                    "Previous publication date",
                    InspectionImporter::date,
                    Inspection::getPublicationDate,
                    Inspection::setPublicationDate)
            .map(
                    PREVIOUS_OVERALL,
                    InspectionImporter::grade,
                    Inspection::getOverallEffectiveness,
                    Inspection::setOverallEffectiveness)
            .map(
                    "Previous quality of education",
                    InspectionImporter::grade,
                    Inspection::getQualityOfEducation,
                    Inspection::setQualityOfEducation)
            .map(
                    "Previous behaviour and attitudes",
                    InspectionImporter::grade,
                    Inspection::getBehaviourAndAttitudes,
                    Inspection::setBehaviourAndAttitudes)
            .map(
                    "Previous personal development",
                    InspectionImporter::grade,
                    Inspection::getPersonalDevelopment,
                    Inspection::setPersonalDevelopment)
            .map(
                    "Previous effectiveness of leadership and management",
                    InspectionImporter::grade,
                    Inspection::getLeadershipAndManagement,
                    Inspection::setLeadershipAndManagement)
            .map(
                    "Previous category of concern",
                    InspectionImporter::category,
                    Inspection::getCategoryOfConcern,
                    Inspection::setCategoryOfConcern)
            .map(
                    "Previous safeguarding is effective?",
                    ReportCardImporter::safeguarding,
                    Inspection::getSafeguardingMet,
                    Inspection::setSafeguardingMet);

    private final InspectionRepository inspections;
    private final KnownSchools knownSchools;

    InspectionImporter(InspectionRepository inspections, KnownSchools knownSchools) {
        this.inspections = inspections;
        this.knownSchools = knownSchools;
    }

    @Override
    public String kind() {
        return "inspections";
    }

    @Override
    public String description() {
        return "an Ofsted inspections file";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean recognises(CsvTable table) {
        return table.has("URN")
                && table.firstPresent(DATE).isPresent()
                && table.has(OVERALL)
                && !table.has(ReportCardImporter.LEADERSHIP); // a report-card file
    }

    @Override
    public String requiredColumns() {
        return "URN, Inspection date (or Inspection start date), Overall effectiveness";
    }

    @Override
    public Map<String, Integer> maxLengths() {
        return MaxLengths.of().column(300, "SOURCE").map();
    }

    @Override
    public ImportReport importTable(CsvTable table, ImportOptions options) {
        var binding = MAPPING.bind(table);
        var previousBinding = PREVIOUS.bind(table);
        Optional<String> previousDateColumn = table.firstPresent(PREVIOUS_DATE);
        boolean namesPrevious = previousDateColumn.isPresent()
                && table.firstPresent(PREVIOUS_OVERALL).isPresent();
        List<Named> previous = new ArrayList<>();
        String dateColumn = table.firstPresent(DATE).orElseThrow();
        LocalDate today = LocalDate.now();
        List<RowError> errors = new ArrayList<>();
        Set<Integer> known = knownSchools.urns();
        Map<String, Inspection> existing =
                inspections.findAll().stream().collect(Collectors.toMap(InspectionImporter::key, Function.identity()));
        Map<String, Long> seen = new HashMap<>();
        ImportTally tally = new ImportTally(kind(), table);
        List<Inspection> changed = new ArrayList<>();
        for (CsvRow raw : table.rows()) {
            RowReader row = table.reader(raw, errors);
            Optional<Integer> urn = row.urn("URN");
            if (urn.isPresent() && isNull(row, dateColumn)) {
                tally.skipped(row.line(), "URN " + urn.get(), "no inspection is recorded (" + dateColumn + " is NULL)");
                continue;
            }
            var date = row.required(dateColumn, "the inspection date").flatMap(d -> row.pastDate(dateColumn, today));
            if (urn.isEmpty() || date.isEmpty()) {
                continue;
            }
            if (namesPrevious) {
                previousJudgement(previousBinding, row, previousDateColumn.get(), urn.get(), date.get(), today)
                        .ifPresent(previous::add);
            }
            String key = urn.get() + "@" + date.get();
            Long firstLine = seen.putIfAbsent(key, row.line());
            if (firstLine != null) {
                row.error(
                        dateColumn, date.get().toString(), "one row per URN and date (also on line " + firstLine + ")");
                continue;
            }
            if (!known.contains(urn.get())) {
                binding.apply(new Inspection(), row); // still check the row's cells
                tally.skipped(row.line(), "URN " + urn.get(), KnownSchools.notInRegister(urn.get()));
                continue;
            }
            Inspection stored = existing.get(key);
            Inspection inspection = stored != null ? stored : newInspection(urn.get(), date.get());
            boolean dirty = binding.apply(inspection, row);
            keep(inspection, stored == null, dirty, row, table.fileName(), tally, changed);
        }
        if (!errors.isEmpty()) {
            // the previous grade is read for the latest row and for its own record: name a bad one once
            throw new ImportRejectedException(
                    table.fileName(), "the inspections file has bad rows", List.copyOf(new LinkedHashSet<>(errors)));
        }
        if (namesPrevious) {
            recordPrevious(table, previous, seen.keySet(), known, existing, tally, changed);
        }
        inspections.saveAll(changed);
        return tally.report();
    }

    /** A previous judgement named on a row: the school, its date and what the file says of it. */
    private record Named(int urn, LocalDate date, Inspection judgement, long line) {}

    private static Optional<Named> previousJudgement(
            ColumnMapping.Binding<Inspection> binding,
            RowReader row,
            String column,
            int urn,
            LocalDate latest,
            LocalDate today) {
        Inspection judgement = new Inspection();
        binding.apply(judgement, row);
        Optional<LocalDate> date = isNull(row, column) ? Optional.empty() : row.pastDate(column, today);
        if (date.isEmpty() || judgement.getOverallEffectiveness() == null) {
            return Optional.empty(); // no previous graded inspection
        }
        if (!date.get().isBefore(latest)) {
            row.error(column, date.get().toString(), "a date before the latest inspection's, " + latest);
            return Optional.empty();
        }
        return Optional.of(new Named(urn, date.get(), judgement, row.line()));
    }

    /**
     * Stores the previous judgements the file names. A judgement already stored (from an earlier
     * file, where it was the latest) is filled in but never blanked; one that is also a row's
     * latest judgement in this file is that row's.
     */
    private void recordPrevious(
            CsvTable table,
            List<Named> named,
            Set<String> latestInFile,
            Set<Integer> known,
            Map<String, Inspection> existing,
            ImportTally tally,
            List<Inspection> changed) {
        int created = 0;
        int updated = 0;
        Set<String> done = new HashSet<>();
        for (Named previous : named) {
            String key = previous.urn() + "@" + previous.date();
            if (!known.contains(previous.urn()) || latestInFile.contains(key) || !done.add(key)) {
                continue;
            }
            Inspection inspection = existing.get(key);
            boolean isNew = inspection == null;
            if (isNew) {
                inspection = new Inspection();
                inspection.setUrn(previous.urn());
                inspection.setInspectionDate(previous.date());
                inspection.setCategoryOfConcern(CategoryOfConcern.NONE);
                String source =
                        "published: " + table.fileName() + " (the previous inspection on line " + previous.line() + ")";
                inspection.setDataSource(source.length() > MAX_SOURCE ? source.substring(0, MAX_SOURCE) : source);
            }
            if (fill(inspection, previous.judgement()) || isNew) {
                changed.add(inspection);
                if (isNew) {
                    created++;
                    tally.created();
                } else {
                    updated++;
                    tally.existing(true);
                }
            }
        }
        if (created + updated > 0) {
            tally.note(created + " previous judgement(s) named in the file recorded, " + updated
                    + " already stored filled in");
        }
    }

    /** Copies what the file says of a judgement onto the stored one, never blanking a value. */
    private static boolean fill(Inspection stored, Inspection named) {
        boolean dirty = false;
        dirty |= fill(stored::getPublicationDate, stored::setPublicationDate, named.getPublicationDate());
        dirty |=
                fill(stored::getOverallEffectiveness, stored::setOverallEffectiveness, named.getOverallEffectiveness());
        dirty |= fill(stored::getQualityOfEducation, stored::setQualityOfEducation, named.getQualityOfEducation());
        dirty |= fill(
                stored::getBehaviourAndAttitudes, stored::setBehaviourAndAttitudes, named.getBehaviourAndAttitudes());
        dirty |= fill(stored::getPersonalDevelopment, stored::setPersonalDevelopment, named.getPersonalDevelopment());
        dirty |= fill(stored::getSafeguardingMet, stored::setSafeguardingMet, named.getSafeguardingMet());
        dirty |= fill(
                stored::getLeadershipAndManagement,
                stored::setLeadershipAndManagement,
                named.getLeadershipAndManagement());
        if (named.getCategoryOfConcern() != null && named.getCategoryOfConcern() != CategoryOfConcern.NONE) {
            dirty |= fill(stored::getCategoryOfConcern, stored::setCategoryOfConcern, named.getCategoryOfConcern());
        }
        return dirty;
    }

    private static <V> boolean fill(Supplier<V> getter, Consumer<V> setter, V value) {
        if (value == null || value.equals(getter.get())) {
            return false;
        }
        setter.accept(value);
        return true;
    }

    /** True when the cell holds Ofsted's NULL: nothing recorded. */
    /** A new inspection of the school on the date, with no category of concern until a row gives one. */
    static Inspection newInspection(int urn, LocalDate date) {
        Inspection inspection = new Inspection();
        inspection.setUrn(urn);
        inspection.setInspectionDate(date);
        inspection.setCategoryOfConcern(CategoryOfConcern.NONE);
        return inspection;
    }

    /**
     * Finishes an inspection the row was bound to: a category left blank is none, the row's source
     * (its SOURCE cell, else the file) is recorded, the row is counted, and a new or changed
     * inspection is kept to be saved.
     */
    static void keep(
            Inspection inspection,
            boolean isNew,
            boolean dirty,
            RowReader row,
            String fileName,
            ImportTally tally,
            List<Inspection> changed) {
        if (inspection.getCategoryOfConcern() == null) {
            inspection.setCategoryOfConcern(CategoryOfConcern.NONE);
        }
        String source = row.text("SOURCE").orElse("published: " + fileName);
        if (!source.equals(inspection.getDataSource())) {
            inspection.setDataSource(source);
            dirty = true;
        }
        if (isNew) {
            tally.created();
        } else {
            tally.existing(dirty);
        }
        if (isNew || dirty) {
            changed.add(inspection);
        }
    }

    private static boolean isNull(RowReader row, String column) {
        return row.text(column).filter(v -> v.equalsIgnoreCase("NULL")).isPresent();
    }

    /** A date, or none where Ofsted writes NULL. */
    static Optional<LocalDate> date(RowReader row, String column) {
        return isNull(row, column) ? Optional.empty() : row.date(column);
    }

    private static String key(Inspection inspection) {
        return inspection.getUrn() + "@" + inspection.getInspectionDate();
    }

    static Optional<Integer> grade(RowReader row, String column) {
        return row.text(column)
                .filter(v -> !v.equalsIgnoreCase("NULL") && !v.equals("9") && !notJudged(v))
                .flatMap(v -> row.parse(column, v, GRADE_EXPECTED, InspectionImporter::gradeCode));
    }

    /**
     * Ofsted's words for a judgement not made: from 2 September 2024 the management information
     * writes "Not judged" for overall effectiveness, the key judgements still graded 1-4.
     */
    static boolean notJudged(String text) {
        String v = text.trim().toLowerCase(Locale.ROOT);
        return v.equals("not judged") || v.equals("not applicable") || v.equals("n/a");
    }

    private static Integer gradeCode(String text) {
        int grade = new java.math.BigDecimal(text).intValueExact();
        if (grade < 1 || grade > 4) {
            throw new IllegalArgumentException(text);
        }
        return grade;
    }

    static Optional<CategoryOfConcern> category(RowReader row, String column) {
        Optional<String> text = row.text(column);
        if (text.isEmpty()) {
            return Optional.of(CategoryOfConcern.NONE);
        }
        return row.parse(
                column,
                text.get(),
                "SM, SWK, Special measures, Serious weaknesses, Requires significant improvement, or blank",
                v -> switch (v.toLowerCase(Locale.ROOT)) {
                    case "sm", "special measures" -> CategoryOfConcern.SPECIAL_MEASURES;
                    case "swk",
                            "sw",
                            "serious weaknesses",
                            "significant improvement",
                            "requires significant improvement" -> CategoryOfConcern.SERIOUS_WEAKNESSES;
                    case "none", "null" -> CategoryOfConcern.NONE;
                    default -> throw new IllegalArgumentException(v);
                });
    }
}
