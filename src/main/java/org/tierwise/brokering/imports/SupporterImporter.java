package org.tierwise.brokering.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tierwise.brokering.Supporter;
import org.tierwise.brokering.SupporterLists;
import org.tierwise.brokering.SupporterRepository;
import org.tierwise.brokering.SupporterRole;
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
import org.tierwise.school.SchoolRepository;

/**
 * Imports the supporter register from the project's own CSV (columns in fixtures/README.md):
 * {@code SUPPORTER_ID, NAME, ROLE, HOME_URN, PHASES, SPECIALISMS, CAPACITY_DEPLOYMENTS,
 * CAPACITY_DAYS, AVAILABLE_FROM, AVAILABLE_TO, CLUSTER_ID, ALLIANCE, POST, LEADERSHIP_SINCE,
 * TENURE_END, CONFLICT_URNS, EASTING, NORTHING, SOURCE}.
 */
@Component
class SupporterImporter implements Importer {

    private final SupporterRepository supporters;
    private final SchoolRepository schools;

    SupporterImporter(SupporterRepository supporters, SchoolRepository schools) {
        this.supporters = supporters;
        this.schools = schools;
    }

    @Override
    public String kind() {
        return "supporters";
    }

    @Override
    public String description() {
        return "a supporters (system leaders) file";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean recognises(CsvTable table) {
        return table.has("SUPPORTER_ID") && table.has("ROLE");
    }

    @Override
    public String requiredColumns() {
        return "SUPPORTER_ID, NAME, ROLE, PHASES, SPECIALISMS (and CAPACITY_DEPLOYMENTS or CAPACITY_DAYS)";
    }

    @Override
    public Map<String, Integer> maxLengths() {
        return MaxLengths.of()
                .column(40, "SUPPORTER_ID", "CLUSTER_ID", "POST")
                .column(200, "NAME", "PHASES", "ALLIANCE")
                .column(500, "SPECIALISMS", "CONFLICT_URNS", "SOURCE")
                .map();
    }

    @Override
    public ImportReport importTable(CsvTable table, ImportOptions options) {
        List<RowError> errors = new ArrayList<>();
        ImportTally tally = new ImportTally(kind(), table);
        Map<String, Supporter> known =
                supporters.findAll().stream().collect(Collectors.toMap(Supporter::getId, Function.identity()));
        Set<Integer> urns = new HashSet<>(schools.findAllUrns());
        Map<String, Long> seen = new HashMap<>();
        List<Supporter> toSave = new ArrayList<>();
        for (CsvRow raw : table.rows()) {
            RowReader row = table.reader(raw, errors);
            Optional<String> id = row.required("SUPPORTER_ID", "a supporter id");
            Optional<String> name = row.required("NAME", "the supporter's name");
            Optional<SupporterRole> role = row.required("ROLE", roles())
                    .flatMap(
                            v -> row.parse("ROLE", v, roles(), s -> SupporterRole.valueOf(s.toUpperCase(Locale.ROOT))));
            Optional<Integer> homeUrn = row.text("HOME_URN").flatMap(v -> row.urn("HOME_URN"));
            String phases = row.required("PHASES", "phases served, e.g. PRIMARY SECONDARY")
                    .flatMap(v -> row.parse(
                            "PHASES",
                            v,
                            "phases such as PRIMARY SECONDARY SPECIAL",
                            s -> SupporterLists.join(SupporterLists.phases(s))))
                    .orElse(null);
            String specialisms = row.required("SPECIALISMS", "need areas covered, e.g. LEADERSHIP MATHS")
                    .map(v -> SupporterLists.join(SupporterLists.words(v.toUpperCase(Locale.ROOT))))
                    .orElse(null);
            Optional<Integer> deployments = row.integer("CAPACITY_DEPLOYMENTS");
            Optional<Integer> days = row.integer("CAPACITY_DAYS");
            if (deployments.isEmpty()
                    && days.isEmpty()
                    && row.text("CAPACITY_DEPLOYMENTS").isEmpty()
                    && row.text("CAPACITY_DAYS").isEmpty()) {
                row.error("CAPACITY_DEPLOYMENTS", "", "a capacity: concurrent deployments or release days (or both)");
            }
            String conflicts = row.text("CONFLICT_URNS")
                    .flatMap(v -> row.parse(
                            "CONFLICT_URNS",
                            v,
                            "school URNs separated by spaces",
                            s -> SupporterLists.join(SupporterLists.urns(s))))
                    .orElse("");
            if (id.isEmpty() || name.isEmpty() || role.isEmpty() || phases == null || specialisms == null) {
                continue;
            }
            Long first = seen.putIfAbsent(id.get(), row.line());
            if (first != null) {
                row.error("SUPPORTER_ID", id.get(), "one row per supporter (also on line " + first + ")");
                continue;
            }
            if (homeUrn.isPresent() && !urns.contains(homeUrn.get())) {
                row.error("HOME_URN", homeUrn.get().toString(), "the URN of a school in the register");
                continue;
            }
            Supporter s = known.get(id.get());
            boolean created = s == null;
            if (created) {
                s = new Supporter(id.get());
            }
            String before = created ? "" : describe(s);
            s.setName(name.get());
            s.setRole(role.get());
            s.setHomeUrn(homeUrn.orElse(null));
            s.setPhases(phases);
            s.setSpecialisms(specialisms);
            s.setCapacityDeployments(deployments.orElse(null));
            s.setCapacityDays(days.orElse(null));
            s.setAvailableFrom(row.date("AVAILABLE_FROM").orElse(null));
            s.setAvailableTo(row.date("AVAILABLE_TO").orElse(null));
            s.setClusterId(row.text("CLUSTER_ID").orElse(null));
            s.setAlliance(row.text("ALLIANCE").orElse(null));
            s.setPost(row.text("POST").map(v -> v.toUpperCase(Locale.ROOT)).orElse(null));
            s.setLeadershipSince(row.date("LEADERSHIP_SINCE").orElse(null));
            s.setTenureEnd(row.date("TENURE_END").orElse(null));
            s.setConflictUrns(conflicts);
            s.setEasting(row.integer("EASTING").orElse(null));
            s.setNorthing(row.integer("NORTHING").orElse(null));
            s.setDataSource(row.text("SOURCE").orElse("imported: " + table.fileName()));
            if (created) {
                tally.created();
                toSave.add(s);
            } else {
                boolean changed = !before.equals(describe(s));
                tally.existing(changed);
                if (changed) {
                    toSave.add(s);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(table.fileName(), "the supporters file has bad rows", errors);
        }
        supporters.saveAll(toSave);
        return tally.report();
    }

    private static String roles() {
        return "one of " + java.util.Arrays.toString(SupporterRole.values());
    }

    private static String describe(Supporter s) {
        return String.join(
                "|",
                String.valueOf(s.getName()),
                String.valueOf(s.getRole()),
                String.valueOf(s.getHomeUrn()),
                String.valueOf(s.getPhases()),
                String.valueOf(s.getSpecialisms()),
                String.valueOf(s.getCapacityDeployments()),
                String.valueOf(s.getCapacityDays()),
                String.valueOf(s.getAvailableFrom()),
                String.valueOf(s.getAvailableTo()),
                String.valueOf(s.getClusterId()),
                String.valueOf(s.getAlliance()),
                String.valueOf(s.getPost()),
                String.valueOf(s.getLeadershipSince()),
                String.valueOf(s.getTenureEnd()),
                String.valueOf(s.getConflictUrns()),
                String.valueOf(s.getEasting()),
                String.valueOf(s.getNorthing()),
                String.valueOf(s.getDataSource()));
    }
}
