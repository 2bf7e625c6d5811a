package org.tierwise.school.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
import org.tierwise.school.ReportCardGrade;

/**
 * Imports Ofsted report cards (inspections from 10 November 2025, the renewed education inspection
 * framework) from Ofsted's management information for state-funded schools: one row per school,
 * each evaluation area in a column of its name ({@code Inclusion}, {@code Curriculum and teaching},
 * {@code Achievement}, {@code Attendance and behaviour}, {@code Personal development and wellbeing},
 * {@code Leadership and governance}, {@code Early years}, {@code Sixth form}) holding the grade in
 * words, {@code Safeguarding standards} "Met" or "Not met", and {@code Category of concern}. The
 * inspection date is the latest of its {@code <area> - date of grade} columns, or where the file
 * has none {@code Inspection start date}. Where the row also names the school's latest graded
 * inspection under the earlier framework ({@code Inspection start date of latest OEIF graded
 * inspection}, {@code Latest OEIF overall effectiveness}, ...), that judgement is recorded too, filled
 * in and never blanked, so the judgement before the report card is known from the one file.
 *
 * <p>The column names are those public code reading Ofsted's published file uses; they are [to
 * verify] against a download of the file itself.
 */
@Component
class ReportCardImporter implements Importer {

    static final String LEADERSHIP = "Leadership and governance";
    static final List<String> SAFEGUARDING = List.of("Safeguarding standards", "Safeguarding");
    static final List<String> DATE = List.of("Inspection start date", "Report card inspection start date");
    static final List<String> AREAS = List.of(
            "Inclusion",
            "Curriculum and teaching",
            "Achievement",
            "Attendance and behaviour",
            "Personal development and wellbeing",
            LEADERSHIP,
            "Early years",
            "Sixth form");
    static final String OEIF_DATE = "Inspection start date of latest OEIF graded inspection";
    private static final String GRADE_EXPECTED = "a report-card grade (Exceptional, Strong standard, Expected standard,"
            + " Needs attention, Urgent improvement), or blank, NULL or Not applicable for none";

    private static final ColumnMapping<Inspection> MAPPING = new ColumnMapping<Inspection>()
            .map(
                    List.of("Publication date", "Report card publication date"),
                    InspectionImporter::date,
                    Inspection::getPublicationDate,
                    Inspection::setPublicationDate)
            .map(AREAS.get(0), ReportCardImporter::grade, Inspection::getInclusion, Inspection::setInclusion)
            .map(
                    AREAS.get(1),
                    ReportCardImporter::grade,
                    Inspection::getCurriculumAndTeaching,
                    Inspection::setCurriculumAndTeaching)
            .map(AREAS.get(2), ReportCardImporter::grade, Inspection::getAchievement, Inspection::setAchievement)
            .map(
                    AREAS.get(3),
                    ReportCardImporter::grade,
                    Inspection::getAttendanceAndBehaviour,
                    Inspection::setAttendanceAndBehaviour)
            .map(
                    AREAS.get(4),
                    ReportCardImporter::grade,
                    Inspection::getPersonalDevelopmentAndWellbeing,
                    Inspection::setPersonalDevelopmentAndWellbeing)
            .map(
                    AREAS.get(5),
                    ReportCardImporter::grade,
                    Inspection::getLeadershipAndGovernance,
                    Inspection::setLeadershipAndGovernance)
            .map(AREAS.get(6), ReportCardImporter::grade, Inspection::getEarlyYears, Inspection::setEarlyYears)
            .map(AREAS.get(7), ReportCardImporter::grade, Inspection::getSixthForm, Inspection::setSixthForm)
            .map(
                    SAFEGUARDING,
                    ReportCardImporter::safeguarding,
                    Inspection::getSafeguardingMet,
                    Inspection::setSafeguardingMet)
            .map(
                    "Category of concern",
                    InspectionImporter::category,
                    Inspection::getCategoryOfConcern,
                    Inspection::setCategoryOfConcern);

    /** The row's latest graded inspection under the earlier framework (to 9 November 2025). */
    private static final ColumnMapping<Inspection> OEIF = new ColumnMapping<Inspection>()
            .map(
                    "Latest OEIF overall effectiveness",
                    InspectionImporter::grade,
                    Inspection::getOverallEffectiveness,
                    Inspection::setOverallEffectiveness)
            .map(
                    "Latest OEIF quality of education",
                    InspectionImporter::grade,
                    Inspection::getQualityOfEducation,
                    Inspection::setQualityOfEducation)
            .map(
                    "Latest OEIF behaviour and attitudes",
                    InspectionImporter::grade,
                    Inspection::getBehaviourAndAttitudes,
                    Inspection::setBehaviourAndAttitudes)
            .map(
                    "Latest OEIF personal development",
                    InspectionImporter::grade,
                    Inspection::getPersonalDevelopment,
                    Inspection::setPersonalDevelopment)
            .map(
                    "Latest OEIF effectiveness of leadership and management",
                    InspectionImporter::grade,
                    Inspection::getLeadershipAndManagement,
                    Inspection::setLeadershipAndManagement)
            .map(
                    "Latest OEIF category of concern",
                    InspectionImporter::category,
                    Inspection::getCategoryOfConcern,
                    Inspection::setCategoryOfConcern);

    private final InspectionRepository inspections;
    private final KnownSchools knownSchools;

    ReportCardImporter(InspectionRepository inspections, KnownSchools knownSchools) {
        this.inspections = inspections;
        this.knownSchools = knownSchools;
    }

    @Override
    public String kind() {
        return "report-cards";
    }

    @Override
    public String description() {
        return "an Ofsted report-card file (inspections from 10 November 2025)";
    }

    @Override
    public int order() {
        return 31;
    }

    @Override
    public boolean recognises(CsvTable table) {
        return table.has("URN")
                && table.has(LEADERSHIP)
                && table.firstPresent(SAFEGUARDING).isPresent();
    }

    @Override
    public String requiredColumns() {
        return "URN, Leadership and governance, Safeguarding standards, and Inspection start date"
                + " (or the areas' '- date of grade' columns)";
    }

    @Override
    public Map<String, Integer> maxLengths() {
        return MaxLengths.of().column(300, "SOURCE").map();
    }

    @Override
    public ImportReport importTable(CsvTable table, ImportOptions options) {
        var binding = MAPPING.bind(table);
        var oeif = OEIF.bind(table);
        Optional<String> dateColumn = table.firstPresent(DATE);
        List<String> gradeDates = AREAS.stream()
                .map(a -> a + " - date of grade")
                .filter(table::has)
                .toList();
        if (dateColumn.isEmpty() && gradeDates.isEmpty()) {
            throw new ImportRejectedException(
                    table.fileName(),
                    table.fileName() + " names no inspection date: it needs Inspection start date or the"
                            + " evaluation areas' '- date of grade' columns",
                    List.of());
        }
        LocalDate today = LocalDate.now();
        List<RowError> errors = new ArrayList<>();
        var known = knownSchools.urns();
        Map<String, Inspection> existing =
                inspections.findAll().stream().collect(Collectors.toMap(ReportCardImporter::key, Function.identity()));
        Map<String, Long> seen = new HashMap<>();
        ImportTally tally = new ImportTally(kind(), table);
        List<Inspection> changed = new ArrayList<>();
        int earlier = 0;
        for (CsvRow raw : table.rows()) {
            RowReader row = table.reader(raw, errors);
            Optional<Integer> urn = row.urn("URN");
            if (urn.isEmpty()) {
                continue;
            }
            // the areas' own dates first: in the combined file "Inspection start date" may name an
            // older inspection [to verify]
            Optional<LocalDate> date = !gradeDates.isEmpty()
                    ? gradeDates.stream()
                            .filter(c -> !isNull(row, c))
                            .map(c -> row.pastDate(c, today))
                            .flatMap(Optional::stream)
                            .max(Comparator.naturalOrder())
                    : isNull(row, dateColumn.get()) ? Optional.empty() : row.pastDate(dateColumn.get(), today);
            Inspection card = new Inspection();
            binding.apply(card, row); // read every cell, so a bad one is named even on a skipped row
            if (date.isEmpty() || !isReportCard(card)) {
                tally.skipped(row.line(), "URN " + urn.get(), "no report card is recorded for the school");
                continue;
            }
            String key = urn.get() + "@" + date.get();
            Long firstLine = seen.putIfAbsent(key, row.line());
            if (firstLine != null) {
                row.error(
                        dateColumn.orElse(gradeDates.get(0)),
                        date.get().toString(),
                        "one row per URN and date (also on line " + firstLine + ")");
                continue;
            }
            if (!known.contains(urn.get())) {
                tally.skipped(row.line(), "URN " + urn.get(), KnownSchools.notInRegister(urn.get()));
                continue;
            }
            Inspection stored = existing.get(key);
            Inspection inspection = stored != null ? stored : InspectionImporter.newInspection(urn.get(), date.get());
            boolean dirty = binding.apply(inspection, row);
            InspectionImporter.keep(inspection, stored == null, dirty, row, table.fileName(), tally, changed);
            if (table.has(OEIF_DATE) && !isNull(row, OEIF_DATE)) {
                Optional<LocalDate> graded = row.pastDate(OEIF_DATE, today);
                if (graded.isPresent() && graded.get().isBefore(date.get())) {
                    if (earlierJudgement(oeif, row, urn.get(), graded.get(), existing, table, changed)) {
                        earlier++;
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(
                    table.fileName(),
                    "the report-card file has bad rows",
                    List.copyOf(new java.util.LinkedHashSet<>(errors)));
        }
        if (earlier > 0) {
            tally.note(earlier + " earlier graded inspection(s) named in the file recorded or filled in");
        }
        inspections.saveAll(changed);
        return tally.report();
    }

    /** Records or fills in the row's earlier graded inspection; true when anything changed. */
    private static boolean earlierJudgement(
            ColumnMapping.Binding<Inspection> oeif,
            RowReader row,
            int urn,
            LocalDate date,
            Map<String, Inspection> existing,
            CsvTable table,
            List<Inspection> changed) {
        String key = urn + "@" + date;
        Inspection inspection = existing.get(key);
        boolean isNew = inspection == null;
        if (isNew) {
            inspection = new Inspection();
            inspection.setUrn(urn);
            inspection.setInspectionDate(date);
            String source =
                    "published: " + table.fileName() + " (the earlier graded inspection on line " + row.line() + ")";
            inspection.setDataSource(source.length() > 300 ? source.substring(0, 300) : source);
            existing.put(key, inspection);
        }
        boolean dirty = oeif.fillMissing(inspection, row);
        if (inspection.getCategoryOfConcern() == null) {
            inspection.setCategoryOfConcern(CategoryOfConcern.NONE);
        }
        if ((isNew || dirty) && !changed.contains(inspection)) {
            changed.add(inspection);
        }
        return isNew || dirty;
    }

    private static boolean isReportCard(Inspection card) {
        return card.getSafeguardingMet() != null
                || card.getLeadershipAndGovernance() != null
                || card.getInclusion() != null
                || card.getCurriculumAndTeaching() != null
                || card.getAchievement() != null
                || card.getAttendanceAndBehaviour() != null
                || card.getPersonalDevelopmentAndWellbeing() != null;
    }

    private static boolean isNull(RowReader row, String column) {
        return row.text(column).filter(v -> v.equalsIgnoreCase("NULL")).isPresent()
                || row.text(column).isEmpty();
    }

    private static String key(Inspection inspection) {
        return inspection.getUrn() + "@" + inspection.getInspectionDate();
    }

    static Optional<ReportCardGrade> grade(RowReader row, String column) {
        return row.text(column)
                .filter(v -> !v.equalsIgnoreCase("NULL") && !InspectionImporter.notJudged(v))
                .flatMap(v -> row.parse(column, v, GRADE_EXPECTED, ReportCardGrade::of));
    }

    static Optional<Boolean> safeguarding(RowReader row, String column) {
        return row.text(column)
                .filter(v -> !v.equalsIgnoreCase("NULL") && !InspectionImporter.notJudged(v))
                .flatMap(v -> row.parse(column, v, "Met or Not met (or blank or NULL)", t -> switch (t.trim()
                        .toLowerCase(Locale.ROOT)) {
                    case "met", "yes" -> Boolean.TRUE;
                    case "not met", "no" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException(t);
                }));
    }
}
