package org.tierwise.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;

/** What the steps share: the running application, its loopback port, the data set and the figures. */
final class BenchmarkContext {

    private final ConfigurableApplicationContext app;
    private final int port;
    private final BenchmarkOptions options;
    private final Path dataDir;
    private final Path rulesDir;
    private final Measurements measurements;
    private final List<Integer> tieredUrns = new ArrayList<>();
    private final List<Integer> brokeredUrns = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    BenchmarkContext(
            ConfigurableApplicationContext app,
            int port,
            BenchmarkOptions options,
            Path dataDir,
            Path rulesDir,
            Measurements measurements) {
        this.app = app;
        this.port = port;
        this.options = options;
        this.dataDir = dataDir;
        this.rulesDir = rulesDir;
        this.measurements = measurements;
    }

    <T> T bean(Class<T> type) {
        return app.getBean(type);
    }

    int port() {
        return port;
    }

    BenchmarkOptions options() {
        return options;
    }

    Path dataDir() {
        return dataDir;
    }

    /** The benchmark's own copy of the rules, which the reload measurement edits. */
    Path rulesDir() {
        return rulesDir;
    }

    Measurements measurements() {
        return measurements;
    }

    /** The schools with a need in the latest brokering run: what the recommendation latency asks about. */
    List<Integer> brokeredUrns() {
        return brokeredUrns;
    }

    /** The schools a stored tiering run covers, for the single-school queries (set by the tiering step). */
    List<Integer> tieredUrns() {
        return tieredUrns;
    }

    /** Records that a step found the product wrong: the benchmark still reports its figures, then exits 1. */
    void fail(String reason) {
        failures.add(reason);
    }

    List<String> failures() {
        return failures;
    }
}
