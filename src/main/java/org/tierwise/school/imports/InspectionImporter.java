package org.tierwise.school.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

/**
 * Imports Ofsted judgements: the DfE performance-tables Ofsted file (URN, Inspection date,
 * Overall effectiveness 1-4) or Ofsted's management-information file, whose category of concern,
 * key judgements and previous inspection it reads where present.
 */
@Component
class InspectionImporter implements Importer {

    static final List<String> DATE = List.of("Inspection date", "Inspection start date");
    static final String OVERALL = "Overall effectiveness";
    private static final String GRADE_EXPECTED = "an Ofsted grade 1-4 (or blank, NULL or 9 for none)";

    private static final ColumnMapping<Inspection> MAPPING = new ColumnMapping<Inspection>()
            .map(
                    List.of("Publication date", "First published date"),
                    RowReader::date,
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
                    List.of("Previous inspection start date", "Previous full inspection start date"),
                    RowReader::date,
                    Inspection::getPreviousInspectionDate,
                    Inspection::setPreviousInspectionDate)
            .map(
                    List.of("Previous full inspection overall effectiveness", "Previous overall effectiveness"),
                    InspectionImporter::grade,
                    Inspection::getPreviousOverallEffectiveness,
                    Inspection::setPreviousOverallEffectiveness)
            .map(
                    "Category of concern",
                    InspectionImporter::category,
                    Inspection::getCategoryOfConcern,
                    Inspection::setCategoryOfConcern);

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
        return table.has("URN") && table.firstPresent(DATE).isPresent() && table.has(OVERALL);
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
            var date = row.required(dateColumn, "the inspection date").flatMap(d -> row.pastDate(dateColumn, today));
            if (urn.isEmpty() || date.isEmpty()) {
                continue;
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
            Inspection inspection = existing.get(key);
            boolean isNew = inspection == null;
            if (isNew) {
                inspection = new Inspection();
                inspection.setUrn(urn.get());
                inspection.setInspectionDate(date.get());
                inspection.setCategoryOfConcern(CategoryOfConcern.NONE);
            }
            boolean dirty = binding.apply(inspection, row);
            if (inspection.getCategoryOfConcern() == null) {
                inspection.setCategoryOfConcern(CategoryOfConcern.NONE);
            }
            String source = row.text("SOURCE").orElse("published: " + table.fileName());
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
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(table.fileName(), "the inspections file has bad rows", errors);
        }
        inspections.saveAll(changed);
        return tally.report();
    }

    private static String key(Inspection inspection) {
        return inspection.getUrn() + "@" + inspection.getInspectionDate();
    }

    static Optional<Integer> grade(RowReader row, String column) {
        return row.text(column)
                .filter(v -> !v.equalsIgnoreCase("NULL") && !v.equals("9"))
                .flatMap(v -> row.parse(column, v, GRADE_EXPECTED, InspectionImporter::gradeCode));
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
                "SM, SWK, Special measures, Serious weaknesses, or blank",
                v -> switch (v.toLowerCase(Locale.ROOT)) {
                    case "sm", "special measures" -> CategoryOfConcern.SPECIAL_MEASURES;
                    case "swk", "sw", "serious weaknesses", "significant improvement" ->
                        CategoryOfConcern.SERIOUS_WEAKNESSES;
                    case "none", "null" -> CategoryOfConcern.NONE;
                    default -> throw new IllegalArgumentException(v);
                });
    }
}
