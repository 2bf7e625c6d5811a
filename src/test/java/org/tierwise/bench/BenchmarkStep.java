package org.tierwise.bench;

/**
 * One measured part of the benchmark. The steps run in the order {@link Benchmark#steps} lists them,
 * in one application over one data set; a new feature (brokering's allocation) is one more step there.
 */
interface BenchmarkStep {

    /** What the step measures, for the progress log. */
    String name();

    /** How {@code --steps} names the step, e.g. "finance". */
    String key();

    /** Measures, adding its figures to {@code context.measurements()}. */
    void run(BenchmarkContext context) throws Exception;
}
