package org.tierwise.brokering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tierwise.brokering.Allocation.Candidate;
import org.tierwise.brokering.Allocation.Need;
import org.tierwise.brokering.Allocation.Problem;
import org.tierwise.brokering.Allocation.Result;
import org.tierwise.brokering.Allocation.Supply;

/**
 * A synthetic allocation at national density: schools' needs and supporters spread over a square,
 * with the candidate pairs a distance prefilter would leave. By default a tenth of England (2,000
 * schools, 500 supporters, 36,000 km2) so the build stays quick; {@code
 * -Dbrokering.benchmark.scale=1} runs national size (20,000 schools, 5,000 supporters, 130,000
 * km2). Prints the time; the figure is reported on the issue rather than asserted.
 */
class NationalAllocationBenchmarkTests {

    private static final String[] AREAS = {"LEADERSHIP", "MATHS", "READING", "WRITING", "TEACHING", "GOVERNANCE"};

    @Test
    void allocatesANationalSizeProblemWithinCapacity() {
        Random random = new Random(2019);
        double scale = Double.parseDouble(System.getProperty("brokering.benchmark.scale", "0.1"));
        double sideKm = 360 * Math.sqrt(scale); // at scale 1 about the area of England, 130,000 km2
        double maxKm = 25;
        int supporterCount = (int) Math.round(5_000 * scale);
        int schoolCount = (int) Math.round(20_000 * scale);
        double[][] at = new double[supporterCount][2];
        List<Supply> supplies = new ArrayList<>();
        List<List<String>> covers = new ArrayList<>();
        // A grid of maxKm cells: only supporters in the 3x3 cells around a school can be within maxKm.
        int cells = (int) Math.ceil(sideKm / maxKm);
        List<List<Integer>> grid = new ArrayList<>();
        for (int c = 0; c < cells * cells; c++) {
            grid.add(new ArrayList<>());
        }
        for (int j = 0; j < supporterCount; j++) {
            at[j][0] = random.nextDouble() * sideKm;
            at[j][1] = random.nextDouble() * sideKm;
            supplies.add(new Supply(String.format("S%05d", j), 1 + random.nextInt(3)));
            covers.add(List.of(AREAS[random.nextInt(AREAS.length)], AREAS[random.nextInt(AREAS.length)]));
            grid.get(cell(at[j][0], maxKm, cells) * cells + cell(at[j][1], maxKm, cells))
                    .add(j);
        }
        List<Need> needs = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < schoolCount; i++) {
            double x = random.nextDouble() * sideKm;
            double y = random.nextDouble() * sideKm;
            int tier = 2 + random.nextInt(3);
            int needCount = 1 + random.nextInt(2);
            for (int k = 0; k < needCount; k++) {
                String area = AREAS[(i + k) % AREAS.length];
                String needId = String.format("%06d/%s", i, area);
                needs.add(new Need(needId, tier, tier == 4 ? 2 : 1));
                int cx = cell(x, maxKm, cells);
                int cy = cell(y, maxKm, cells);
                for (int gx = Math.max(0, cx - 1); gx <= Math.min(cells - 1, cx + 1); gx++) {
                    for (int gy = Math.max(0, cy - 1); gy <= Math.min(cells - 1, cy + 1); gy++) {
                        for (int j : grid.get(gx * cells + gy)) {
                            double km = Math.hypot(at[j][0] - x, at[j][1] - y);
                            if (km <= maxKm && covers.get(j).contains(area)) {
                                candidates.add(new Candidate(
                                        needId, supplies.get(j).supporterId(), 30 + 20 * (1 - km / maxKm)));
                            }
                        }
                    }
                }
            }
        }
        long started = System.nanoTime();
        Result result = Allocation.solve(new Problem(needs, supplies, candidates));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(
                "Synthetic allocation at national density: %d needs of %d schools, %d supporters, %d candidate pairs -> %d matches,"
                        + " places by tier %s, total score %.1f, in %d ms%n",
                needs.size(),
                schoolCount,
                supporterCount,
                candidates.size(),
                result.matches().size(),
                result.servedByTier(),
                result.totalScore(),
                millis);
        int places = supplies.stream().mapToInt(Supply::slots).sum();
        assertThat(result.matches()).hasSizeLessThanOrEqualTo(places).isNotEmpty();
        AllocationTests.assertFeasible(new Problem(needs, supplies, candidates), result);
    }

    private static int cell(double km, double size, int cells) {
        return Math.min(cells - 1, (int) (km / size));
    }
}
