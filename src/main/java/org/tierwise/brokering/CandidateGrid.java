package org.tierwise.brokering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pure data shaping before the rules: supporters bucketed in square cells as wide as the maximum
 * distance, so a school's session holds only the supporters of its own and the eight surrounding
 * cells (everything else is certainly too far), plus every supporter without a grid reference so
 * the rules can say its distance is unknown. The distance rule itself stays in DRL.
 */
final class CandidateGrid {

    private final double cellMetres;
    private final Map<Long, List<SupporterFacts>> cells = new HashMap<>();
    private final List<SupporterFacts> unlocated = new ArrayList<>();
    private final List<SupporterFacts> all;

    CandidateGrid(List<SupporterFacts> supporters, double maxKm) {
        this.cellMetres = Math.max(1, maxKm * 1000);
        this.all = supporters;
        for (SupporterFacts s : supporters) {
            if (s.easting() == null || s.northing() == null) {
                unlocated.add(s);
            } else {
                cells.computeIfAbsent(key(cell(s.easting()), cell(s.northing())), k -> new ArrayList<>())
                        .add(s);
            }
        }
    }

    /** The supporters the rules must look at for a school; all of them when the school has no grid reference. */
    List<SupporterFacts> near(TargetFacts school) {
        if (!school.located()) {
            return all;
        }
        List<SupporterFacts> near = new ArrayList<>(unlocated);
        long cx = cell(school.easting());
        long cy = cell(school.northing());
        for (long x = cx - 1; x <= cx + 1; x++) {
            for (long y = cy - 1; y <= cy + 1; y++) {
                near.addAll(cells.getOrDefault(key(x, y), List.of()));
            }
        }
        near.sort(java.util.Comparator.comparing(SupporterFacts::id));
        return near;
    }

    private long cell(int metres) {
        return (long) Math.floor(metres / cellMetres);
    }

    private static long key(long x, long y) {
        return (x << 32) ^ (y & 0xffffffffL);
    }
}
