package org.tierwise.brokering.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tierwise.imports.CsvRow;
import org.tierwise.imports.CsvTable;
import org.tierwise.imports.ImportOptions;
import org.tierwise.imports.ImportRejectedException;
import org.tierwise.imports.ImportReport;
import org.tierwise.imports.ImportTally;
import org.tierwise.imports.Importer;
import org.tierwise.imports.RowError;
import org.tierwise.imports.RowReader;
import org.tierwise.school.School;
import org.tierwise.school.SchoolRepository;

/**
 * Imports school grid references (British National Grid, metres) from {@code URN, Easting,
 * Northing[, SOURCE]}: a file with only these columns is not a register file, so it needs its own
 * importer. The register importer still reads Easting/Northing when a GIAS file carries them.
 */
@Component
class LocationImporter implements Importer {

    private final SchoolRepository schools;

    LocationImporter(SchoolRepository schools) {
        this.schools = schools;
    }

    @Override
    public String kind() {
        return "locations";
    }

    @Override
    public String description() {
        return "a school locations (grid references) file";
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public boolean recognises(CsvTable table) {
        // A register file has a name and type as well; this one only locates schools.
        return table.has("URN")
                && table.has("EASTING")
                && table.has("NORTHING")
                && !table.has("SCHNAME")
                && !table.has("EstablishmentName");
    }

    @Override
    public String requiredColumns() {
        return "URN, Easting, Northing";
    }

    @Override
    public ImportReport importTable(CsvTable table, ImportOptions options) {
        List<RowError> errors = new ArrayList<>();
        ImportTally tally = new ImportTally(kind(), table);
        Map<Integer, School> known =
                schools.findAll().stream().collect(Collectors.toMap(School::getUrn, Function.identity()));
        Map<Integer, Long> seen = new HashMap<>();
        List<School> changed = new ArrayList<>();
        for (CsvRow raw : table.rows()) {
            RowReader row = table.reader(raw, errors);
            Optional<Integer> urn = row.urn("URN");
            Optional<Integer> easting = row.required("EASTING", "an easting in metres (0 to 700000)")
                    .flatMap(v -> row.integer("EASTING"))
                    .filter(e -> inRange(row, "EASTING", e, 700_000));
            Optional<Integer> northing = row.required("NORTHING", "a northing in metres (0 to 1300000)")
                    .flatMap(v -> row.integer("NORTHING"))
                    .filter(n -> inRange(row, "NORTHING", n, 1_300_000));
            if (urn.isEmpty() || easting.isEmpty() || northing.isEmpty()) {
                continue;
            }
            Long first = seen.putIfAbsent(urn.get(), row.line());
            if (first != null) {
                row.error("URN", urn.get().toString(), "one location per school (also on line " + first + ")");
                continue;
            }
            School school = known.get(urn.get());
            if (school == null) {
                tally.skipped(
                        row.line(), "URN " + urn.get(), "no school with URN " + urn.get() + " is in the register");
                continue;
            }
            boolean dirty = !Objects.equals(school.getEasting(), easting.get())
                    || !Objects.equals(school.getNorthing(), northing.get());
            school.setEasting(easting.get());
            school.setNorthing(northing.get());
            tally.existing(dirty);
            if (dirty) {
                changed.add(school);
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(table.fileName(), "the locations file has bad rows", errors);
        }
        schools.saveAll(changed);
        return tally.report();
    }

    private static boolean inRange(RowReader row, String column, int value, int max) {
        if (value < 0 || value > max) {
            row.error(column, String.valueOf(value), "British National Grid metres, 0 to " + max);
            return false;
        }
        return true;
    }
}
