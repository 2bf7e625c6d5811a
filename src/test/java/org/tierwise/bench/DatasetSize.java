package org.tierwise.bench;

/**
 * How big a synthetic England is. {@link #national(double)} at 1.0 is the national scale of issue 8:
 * every state-funded school (20,000) in 150 local authorities, with 50,000 spending items.
 *
 * @param schools schools in the register, each with its Ofsted history and results
 * @param localAuthorities authorities the schools (and the finance funds) belong to
 * @param spendingItems school-improvement spending items across the authorities' funds
 */
public record DatasetSize(int schools, int localAuthorities, int spendingItems) {

    /** National scale times {@code scale}: schools and spending grow, the 150 authorities stay. */
    public static DatasetSize national(double scale) {
        return new DatasetSize((int) Math.round(20_000 * scale), 150, (int) Math.round(50_000 * scale));
    }

    public DatasetSize {
        if (schools < 1 || localAuthorities < 1 || localAuthorities > 700 || spendingItems < 0) {
            throw new IllegalArgumentException(
                    "a data set needs at least one school and 1 to 700 authorities (three-digit LA codes)");
        }
    }
}
