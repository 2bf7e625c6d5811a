package org.tierwise.tiering;

import java.math.BigDecimal;
import org.tierwise.rules.AllowedInRules;
import org.tierwise.rules.Explanation;

/**
 * A standard the school was tested against and did not fall below, with the condition that came
 * closest and the margin by which it was met: "KS2 2018-19: 66% met RWM, 1 point above the 65%
 * floor".
 *
 * @param standard what was tested, e.g. KS2_FLOOR or KS4_COASTING_YEAR
 * @param academicYear the end year of the results it is about
 * @param margin how far the school was from the condition, in the measure's own unit (0 when it
 *     equals the threshold); never negative
 * @param withinMargin true when the margin is within the dated near-miss parameter of the
 *     standard, so the run lists the school among those close to it
 */
@AllowedInRules
public record NearMiss(
        int urn, String standard, int academicYear, double margin, boolean withinMargin, Explanation explanation)
        implements SchoolOutcome {

    /** A figure as people write it in a margin: 0.06, 1, -0.25 (no trailing zeros, at most 2 decimals). */
    public static String figure(double value) {
        return BigDecimal.valueOf(value)
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    @Override
    public String toString() {
        return SchoolOutcome.describe(
                "NearMiss", urn, "standard=" + standard + ", margin=" + figure(margin), explanation);
    }
}
