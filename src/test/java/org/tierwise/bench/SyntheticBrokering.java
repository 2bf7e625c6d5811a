package org.tierwise.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tierwise.bench.SyntheticEngland.Csv;

/**
 * The brokering files of the synthetic England: grid references for every school (each authority
 * around its own centre, schools within 12 km of it) and one supporter for every four schools, based at
 * a good or outstanding school, in the supporters register format (fixtures/README.md).
 */
final class SyntheticBrokering {

    private static final String[] SLE_AREAS = {
        "MATHS", "READING", "WRITING", "TEACHING", "SEND", "DISADVANTAGED", "FINANCE"
    };

    private final List<SyntheticEngland.Authority> authorities;
    private final String source;

    SyntheticBrokering(List<SyntheticEngland.Authority> authorities, String source) {
        this.authorities = authorities;
        this.source = source;
    }

    /** A school's grid reference and the cluster the clusters file puts it in. */
    private record Place(SyntheticEngland.SchoolSpec school, int easting, int northing, String cluster) {}

    List<Path> write(Path dir, SplittableRandom random) throws IOException {
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < authorities.size(); i++) {
            SyntheticEngland.Authority la = authorities.get(i);
            // 150 authorities on a 15 x 10 grid across England's extent of the National Grid.
            int centreEasting = 200_000 + (i % 15) * 27_000;
            int centreNorthing = 100_000 + (i / 15) * 50_000;
            for (int j = 0; j < la.schools().size(); j++) {
                places.add(new Place(
                        la.schools().get(j),
                        centreEasting + random.nextInt(-12_000, 12_000),
                        centreNorthing + random.nextInt(-12_000, 12_000),
                        "LA" + la.code() + "-C" + (j / 12 + 1)));
            }
        }
        Path locations = dir.resolve("synthetic_school_locations.csv");
        try (Csv csv = new Csv(locations, "URN,Easting,Northing,SOURCE")) {
            for (Place p : places) {
                csv.row(p.school().urn(), p.easting(), p.northing(), source);
            }
        }
        List<Place> homes = places.stream()
                .filter(p -> !p.school().inspections().isEmpty()
                        && p.school().inspections().get(0).grade() <= 2)
                .toList();
        Path supporters = dir.resolve("synthetic_supporters.csv");
        Map<String, Integer> count = new HashMap<>();
        try (Csv csv = new Csv(
                supporters,
                "SUPPORTER_ID,NAME,ROLE,HOME_URN,PHASES,SPECIALISMS,CAPACITY_DEPLOYMENTS,CAPACITY_DAYS,AVAILABLE_FROM,"
                        + "AVAILABLE_TO,CLUSTER_ID,ALLIANCE,POST,LEADERSHIP_SINCE,TENURE_END,CONFLICT_URNS,EASTING,"
                        + "NORTHING,SOURCE")) {
            int total = places.size() / 4;
            for (int n = 0; n < total && !homes.isEmpty(); n++) {
                Place home = homes.get(random.nextInt(homes.size()));
                boolean outstanding = home.school().inspections().get(0).grade() == 1;
                String role = role(random, outstanding);
                String phase =
                        switch (home.school().kind()) {
                            case SECONDARY -> "SECONDARY";
                            case SPECIAL -> "SPECIAL";
                            default -> "PRIMARY";
                        };
                String id = role.replace("_", "") + "-" + count.merge(role, 1, Integer::sum);
                csv.row(
                        id,
                        role + " at " + home.school().name(),
                        role,
                        home.school().urn(),
                        phase,
                        specialisms(role, random),
                        1 + random.nextInt(3),
                        "",
                        "2018-09-01",
                        "2021-08-31",
                        home.cluster(),
                        role.equals("TEACHING_SCHOOL") ? home.school().la().name() + " alliance" : "",
                        role.equals("SLE")
                                ? "DEPUTY_HEAD"
                                : role.equals("NLE") || role.equals("LLE") ? "HEADTEACHER" : "",
                        (2008 + random.nextInt(8)) + "-09-01",
                        "2024-08-31",
                        "",
                        home.easting(),
                        home.northing(),
                        source);
            }
        }
        return List.of(locations, supporters);
    }

    private static String role(SplittableRandom random, boolean outstanding) {
        double draw = random.nextDouble();
        if (outstanding && draw < 0.25) {
            return draw < 0.15 ? "NLE" : "TEACHING_SCHOOL";
        }
        return draw < 0.55 ? "SLE" : draw < 0.78 ? "LLE" : draw < 0.90 ? "NLG" : draw < 0.95 ? "MATHS_HUB" : "SIP";
    }

    private static String specialisms(String role, SplittableRandom random) {
        return switch (role) {
            case "SLE" -> {
                String first = SLE_AREAS[random.nextInt(SLE_AREAS.length)];
                String second = SLE_AREAS[random.nextInt(SLE_AREAS.length)];
                yield first.equals(second) ? first : first + " " + second;
            }
            case "NLG" -> "GOVERNANCE";
            case "MATHS_HUB" -> "MATHS";
            case "TEACHING_SCHOOL" -> "LEADERSHIP TEACHING READING WRITING MATHS";
            default -> "LEADERSHIP TEACHING";
        };
    }
}
