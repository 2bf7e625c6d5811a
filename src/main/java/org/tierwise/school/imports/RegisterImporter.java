package org.tierwise.school.imports;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
import org.tierwise.school.Governance;
import org.tierwise.school.Inspection;
import org.tierwise.school.InspectionRepository;
import org.tierwise.school.Phase;
import org.tierwise.school.School;
import org.tierwise.school.SchoolRepository;
import org.tierwise.school.SchoolStatus;

/**
 * Imports the register: the DfE performance-tables school information file ({@code
 * 919_school_information.csv}, derived from GIAS) or a GIAS establishment extract, whose column
 * names it also accepts, unmodified (its extra linked-establishment fields are read by {@link
 * CsvTable}). Governance comes from the establishment type through {@link EstablishmentTypes}
 * ({@code rules/parameters/register.yaml}). The register's current Ofsted rating becomes an
 * inspection record.
 */
@Component
class RegisterImporter implements Importer {

    static final String URN = "URN";
    static final List<String> NAME = List.of("SCHNAME", "EstablishmentName");
    static final List<String> TYPE = List.of("SCHOOLTYPE", "TypeOfEstablishment (name)");
    static final List<String> MINOR_GROUP = List.of("MINORGROUP", "EstablishmentTypeGroup (name)");
    static final List<String> STATUS = List.of("SCHSTATUS", "EstablishmentStatus (name)");
    static final List<String> GIAS_PHASE = List.of("PhaseOfEducation (name)");
    static final List<String> AGE_LOW = List.of("AGELOW", "StatutoryLowAge");
    static final List<String> AGE_HIGH = List.of("AGEHIGH", "StatutoryHighAge");
    static final List<String> OFSTED_RATING = List.of("OFSTEDRATING", "OfstedRating (name)");
    static final List<String> OFSTED_DATE = List.of("OFSTEDLASTINSP", "OfstedLastInsp");
    static final String SOURCE = "SOURCE";

    private static final Map<String, SchoolStatus> STATUSES = Map.of(
            "open", SchoolStatus.OPEN,
            "closed", SchoolStatus.CLOSED,
            "open, but proposed to close", SchoolStatus.PROPOSED_TO_CLOSE,
            "proposed to open", SchoolStatus.PROPOSED_TO_OPEN);

    private static final ColumnMapping<School> MAPPING = new ColumnMapping<School>()
            .map(NAME, RowReader::text, School::getName, School::setName)
            .map(List.of("LA", "LA (code)", "LEA"), RowReader::integer, School::getLaCode, School::setLaCode)
            .map(List.of("LANAME", "LA (name)"), RowReader::text, School::getLaName, School::setLaName)
            .map(List.of("ESTAB", "EstablishmentNumber"), RowReader::integer, School::getEstab, School::setEstab)
            .map(TYPE, RowReader::text, School::getEstablishmentType, School::setEstablishmentType)
            .map(MINOR_GROUP, RowReader::text, School::getMinorGroup, School::setMinorGroup)
            .map(List.of("OPENDATE", "OpenDate"), RowReader::date, School::getOpenDate, School::setOpenDate)
            .map(List.of("CLOSEDATE", "CloseDate"), RowReader::date, School::getCloseDate, School::setCloseDate)
            .map(List.of("STREET", "Street"), RowReader::text, School::getStreet, School::setStreet)
            .map(List.of("TOWN", "Town"), RowReader::text, School::getTown, School::setTown)
            .map(List.of("POSTCODE", "Postcode"), RowReader::text, School::getPostcode, School::setPostcode)
            .map(
                    List.of("Easting"),
                    (row, column) -> row.integer(column, 0, 700_000, "British National Grid metres"),
                    School::getEasting,
                    School::setEasting)
            .map(
                    List.of("Northing"),
                    (row, column) -> row.integer(column, 0, 1_300_000, "British National Grid metres"),
                    School::getNorthing,
                    School::setNorthing)
            .map(
                    List.of("NumberOfPupils", "TOTPUPS"),
                    (row, column) -> row.count(column, "a number of pupils"),
                    School::getNumberOfPupils,
                    School::setNumberOfPupils)
            .map(
                    List.of("PercentageFSM"),
                    // at the column's scale (one decimal), so 9 read again equals the stored 9.0
                    (row, column) -> row.percentage(column).map(p -> p.setScale(1, RoundingMode.HALF_UP)),
                    School::getPercentFsm,
                    School::setPercentFsm)
            .map(List.of("Trusts (name)", "TRUSTNAME"), RowReader::text, School::getTrustName, School::setTrustName)
            .map(AGE_LOW, (row, column) -> row.count(column, "an age in years"), School::getAgeLow, School::setAgeLow)
            .map(
                    AGE_HIGH,
                    (row, column) -> row.count(column, "an age in years"),
                    School::getAgeHigh,
                    School::setAgeHigh)
            .map(List.of("GENDER", "Gender (name)"), RowReader::text, School::getGender, School::setGender)
            .map(
                    List.of("RELCHAR", "ReligiousCharacter (name)"),
                    RowReader::text,
                    School::getReligiousCharacter,
                    School::setReligiousCharacter)
            .map(
                    List.of("ADMPOL", "AdmissionsPolicy (name)"),
                    RowReader::text,
                    School::getAdmissionsPolicy,
                    School::setAdmissionsPolicy);

    private final SchoolRepository schools;
    private final InspectionRepository inspections;
    private final EstablishmentTypes establishmentTypes;

    RegisterImporter(
            SchoolRepository schools, InspectionRepository inspections, EstablishmentTypes establishmentTypes) {
        this.schools = schools;
        this.inspections = inspections;
        this.establishmentTypes = establishmentTypes;
    }

    @Override
    public String kind() {
        return "schools";
    }

    @Override
    public String description() {
        return "a school register file (DfE school information or GIAS extract)";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean recognises(CsvTable table) {
        return table.has(URN)
                && table.firstPresent(NAME).isPresent()
                && (table.firstPresent(TYPE).isPresent()
                        || table.firstPresent(MINOR_GROUP).isPresent());
    }

    @Override
    public String requiredColumns() {
        return "URN, SCHNAME (or EstablishmentName), SCHOOLTYPE or MINORGROUP (or TypeOfEstablishment (name))";
    }

    @Override
    public Map<String, Integer> maxLengths() {
        return MaxLengths.of()
                .column(200, NAME)
                .column(100, "LANAME", "LA (name)")
                .column(100, TYPE)
                .column(100, MINOR_GROUP)
                .column(200, "STREET", "Street")
                .column(100, "TOWN", "Town")
                .column(12, "POSTCODE", "Postcode")
                .column(200, "Trusts (name)", "TRUSTNAME")
                .column(20, "GENDER", "Gender (name)")
                .column(100, "RELCHAR", "ReligiousCharacter (name)")
                .column(50, "ADMPOL", "AdmissionsPolicy (name)")
                .column(300, SOURCE)
                .map();
    }

    @Override
    public ImportReport importTable(CsvTable table, ImportOptions options) {
        var binding = MAPPING.bind(table);
        List<RowError> errors = new ArrayList<>();
        Map<Integer, School> existing =
                schools.findAll().stream().collect(Collectors.toMap(School::getUrn, Function.identity()));
        Map<Integer, Long> seen = new HashMap<>();
        ImportTally tally = new ImportTally(kind(), table);
        List<School> changed = new ArrayList<>();
        List<RegisterRating> ratings = new ArrayList<>();
        LocalDate today = LocalDate.now();
        EstablishmentTypes.Classification types = establishmentTypes.on(today);
        if (!types.problems().isEmpty()) {
            throw new ImportRejectedException(
                    table.fileName(),
                    EstablishmentTypes.FILE + " cannot classify the register's establishment types: "
                            + String.join("; ", types.problems()));
        }
        Map<Governance, Integer> governed = new TreeMap<>();
        Map<String, Integer> unlisted = new TreeMap<>();
        for (CsvRow raw : table.rows()) {
            RowReader row = table.reader(raw, errors);
            Optional<Integer> urn = row.urn(URN);
            row.required(NAME.stream().filter(table::has).findFirst().orElseThrow(), "the school's name");
            if (urn.isEmpty()) {
                continue;
            }
            Long firstLine = seen.putIfAbsent(urn.get(), row.line());
            if (firstLine != null) {
                row.error(URN, urn.get().toString(), "each URN once per file (also on line " + firstLine + ")");
                continue;
            }
            School school = existing.get(urn.get());
            boolean isNew = school == null;
            if (isNew) {
                school = new School(urn.get());
            }
            boolean dirty = binding.apply(school, row);
            dirty |= applyDerived(table, row, school, types, unlisted);
            governed.merge(school.getGovernance(), 1, Integer::sum);
            if (isNew) {
                tally.created();
            } else {
                tally.existing(dirty);
            }
            if (isNew || dirty) {
                changed.add(school);
            }
            RegisterRating.read(table, row, urn.get(), school.getDataSource(), today)
                    .ifPresent(ratings::add);
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(table.fileName(), "the register file has bad rows", errors);
        }
        schools.saveAll(changed);
        storeRatings(ratings, tally);
        noteGovernance(table, governed, unlisted, tally);
        return tally.report();
    }

    /** What the report says about governance: each one's count, the types not classified, and who is not tiered. */
    private static void noteGovernance(
            CsvTable table, Map<Governance, Integer> governed, Map<String, Integer> unlisted, ImportTally tally) {
        if (table.firstPresent(TYPE).isEmpty()) {
            return;
        }
        tally.note("governance from " + table.firstPresent(TYPE).orElseThrow() + " and " + EstablishmentTypes.FILE
                + ": " + counts(governed));
        if (!unlisted.isEmpty()) {
            tally.note("establishment type(s) not in " + EstablishmentTypes.FILE + ", stored with governance UNKNOWN: "
                    + counts(unlisted));
        }
        Map<Governance, Integer> notTiered = new TreeMap<>();
        governed.forEach((governance, count) -> {
            if (!governance.isStateFundedSchool()) {
                notTiered.put(governance, count);
            }
        });
        if (!notTiered.isEmpty()) {
            tally.note(notTiered.values().stream().mapToInt(Integer::intValue).sum()
                    + " school(s) outside state-funded provision are stored but never tiered: " + counts(notTiered));
        }
    }

    private static String counts(Map<?, Integer> counts) {
        return counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }

    /** Phase, governance, status and the data source, which need more than one column. */
    private boolean applyDerived(
            CsvTable table,
            RowReader row,
            School school,
            EstablishmentTypes.Classification types,
            Map<String, Integer> unlisted) {
        boolean dirty = false;
        if (table.firstPresent(TYPE).isPresent()
                || table.firstPresent(MINOR_GROUP).isPresent()) {
            String type = row.text(TYPE).orElse(null);
            Optional<Governance> governance = types.governance(type);
            if (type != null && governance.isEmpty()) {
                unlisted.merge(type, 1, Integer::sum);
            }
            dirty |= set(school.getGovernance(), governance.orElse(Governance.UNKNOWN), school::setGovernance);
            dirty |= set(school.getPhase(), phase(row, type), school::setPhase);
        }
        if (school.getGovernance() == null) {
            school.setGovernance(Governance.UNKNOWN);
        }
        if (school.getPhase() == null) {
            school.setPhase(Phase.UNKNOWN);
        }
        SchoolStatus status = row.text(STATUS)
                .flatMap(s -> row.parse(
                        table.firstPresent(STATUS).orElseThrow(),
                        s,
                        "Open, Closed, Open but proposed to close, or Proposed to open",
                        RegisterImporter::status))
                .orElse(school.getStatus() == null ? SchoolStatus.OPEN : school.getStatus());
        dirty |= set(school.getStatus(), status, school::setStatus);
        String source = row.text(SOURCE).orElse("published: " + table.fileName());
        dirty |= set(school.getDataSource(), source, school::setDataSource);
        return dirty;
    }

    private static <T> boolean set(T current, T value, java.util.function.Consumer<T> setter) {
        if (java.util.Objects.equals(current, value)) {
            return false;
        }
        setter.accept(value);
        return true;
    }

    private static SchoolStatus status(String text) {
        SchoolStatus status = STATUSES.get(text.toLowerCase(Locale.ROOT));
        if (status == null) {
            throw new IllegalArgumentException(text);
        }
        return status;
    }

    /** The phase from the establishment type, then GIAS's phase, then the primary/secondary flags. */
    static Phase phase(RowReader row, String type) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        String group = row.text(MINOR_GROUP).orElse("").toLowerCase(Locale.ROOT);
        if (t.contains("special") || group.contains("special")) {
            return Phase.SPECIAL;
        }
        if (t.contains("pupil referral") || t.contains("alternative provision")) {
            return Phase.ALTERNATIVE_PROVISION;
        }
        if (t.contains("nursery")) {
            return Phase.NURSERY;
        }
        Optional<String> giasPhase = row.text(GIAS_PHASE).map(p -> p.toLowerCase(Locale.ROOT));
        if (giasPhase.isPresent()) {
            return switch (giasPhase.get()) {
                case "nursery" -> Phase.NURSERY;
                case "primary" -> Phase.PRIMARY;
                case "middle deemed primary", "middle deemed secondary" -> Phase.MIDDLE;
                case "secondary" -> Phase.SECONDARY;
                case "all-through" -> Phase.ALL_THROUGH;
                case "16 plus" -> Phase.POST_16;
                default -> Phase.UNKNOWN;
            };
        }
        boolean primary = row.text("ISPRIMARY").filter("1"::equals).isPresent();
        boolean secondary = row.text("ISSECONDARY").filter("1"::equals).isPresent();
        boolean post16 = row.text("ISPOST16").filter("1"::equals).isPresent();
        if (primary && secondary) {
            int low = row.integer(AGE_LOW).orElse(4);
            int high = row.integer(AGE_HIGH).orElse(16);
            return low >= 7 && high <= 14 ? Phase.MIDDLE : Phase.ALL_THROUGH;
        }
        if (primary) {
            return Phase.PRIMARY;
        }
        if (secondary) {
            return Phase.SECONDARY;
        }
        return post16 ? Phase.POST_16 : Phase.UNKNOWN;
    }

    private void storeRatings(List<RegisterRating> ratings, ImportTally tally) {
        if (ratings.isEmpty()) {
            return;
        }
        Map<String, Inspection> existing =
                inspections
                        .findByUrnIn(ratings.stream().map(RegisterRating::urn).toList())
                        .stream()
                        .collect(Collectors.toMap(i -> i.getUrn() + "@" + i.getInspectionDate(), Function.identity()));
        List<Inspection> changed = new ArrayList<>();
        int created = 0;
        for (RegisterRating rating : ratings) {
            Inspection inspection = existing.get(rating.urn() + "@" + rating.date());
            if (inspection == null) {
                inspection = new Inspection();
                inspection.setUrn(rating.urn());
                inspection.setInspectionDate(rating.date());
                inspection.setDataSource(rating.source());
                created++;
            }
            if (rating.applyTo(inspection)) {
                changed.add(inspection);
            }
        }
        inspections.saveAll(changed);
        tally.note(created + " inspection(s) recorded from the register's Ofsted rating column");
    }
}
