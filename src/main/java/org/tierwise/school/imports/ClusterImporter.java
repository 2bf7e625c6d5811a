package org.tierwise.school.imports;

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
import org.tierwise.imports.MaxLengths;
import org.tierwise.imports.RowError;
import org.tierwise.imports.RowReader;
import org.tierwise.school.School;
import org.tierwise.school.SchoolRepository;

/**
 * Imports the local grouping of schools (cluster, family or pyramid) from the project's own CSV:
 * {@code URN, CLUSTER_ID, CLUSTER_NAME[, SOURCE]}. Columns are documented in fixtures/README.md.
 */
@Component
class ClusterImporter implements Importer {

    private final SchoolRepository schools;

    ClusterImporter(SchoolRepository schools) {
        this.schools = schools;
    }

    @Override
    public String kind() {
        return "clusters";
    }

    @Override
    public String description() {
        return "a school clusters file";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean recognises(CsvTable table) {
        return table.has("URN") && table.has("CLUSTER_ID");
    }

    @Override
    public String requiredColumns() {
        return "URN, CLUSTER_ID, CLUSTER_NAME";
    }

    @Override
    public Map<String, Integer> maxLengths() {
        return MaxLengths.of()
                .column(40, "CLUSTER_ID")
                .column(200, "CLUSTER_NAME")
                .map();
    }

    @Override
    public ImportReport importTable(CsvTable table, ImportOptions options) {
        List<RowError> errors = new ArrayList<>();
        Map<Integer, School> known =
                schools.findAll().stream().collect(Collectors.toMap(School::getUrn, Function.identity()));
        Map<Integer, Long> seen = new HashMap<>();
        ImportTally tally = new ImportTally(kind(), table);
        List<School> changed = new ArrayList<>();
        for (CsvRow raw : table.rows()) {
            RowReader row = table.reader(raw, errors);
            Optional<Integer> urn = row.urn("URN");
            Optional<String> id = row.required("CLUSTER_ID", "a cluster id");
            String name = row.text("CLUSTER_NAME").orElse(id.orElse(null));
            if (urn.isEmpty() || id.isEmpty()) {
                continue;
            }
            Long firstLine = seen.putIfAbsent(urn.get(), row.line());
            if (firstLine != null) {
                row.error("URN", urn.get().toString(), "one cluster per school (also on line " + firstLine + ")");
                continue;
            }
            School school = known.get(urn.get());
            if (school == null) {
                tally.skipped(row.line(), "URN " + urn.get(), KnownSchools.notInRegister(urn.get()));
                continue;
            }
            boolean dirty =
                    !Objects.equals(school.getClusterId(), id.get()) || !Objects.equals(school.getClusterName(), name);
            school.setClusterId(id.get());
            school.setClusterName(name);
            tally.existing(dirty);
            if (dirty) {
                changed.add(school);
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(table.fileName(), "the clusters file has bad rows", errors);
        }
        schools.saveAll(changed);
        return tally.report();
    }
}
