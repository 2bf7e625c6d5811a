package org.tierwise.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.tierwise.TierwiseApplication;
import org.tierwise.bench.Measurements.Target;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national-scale benchmark (issue 8): generates a synthetic England, starts the service on a
 * loopback port with a fresh file database, and measures import, rule compile and reload, tiering
 * (rules alone, the hand-written baseline, end to end), the finance check and single-school query
 * latency while tiering runs, with the peak heap. Prints a table and writes {@code
 * <out>/benchmark-<scale>.json}. Given several scales it runs each in its own JVM and adds the
 * scaling table ({@code benchmark-scaling.json}).
 *
 * <p>Run with {@code ./mvnw -B -Pbenchmark verify -Dbench.scale=1} (see the README).
 */
public final class Benchmark {

    /** The targets of issue 8 that this benchmark measures. */
    static final List<Target> TARGETS = List.of(
            new Target("import.seconds", "import of the national files under 20 s", 20),
            new Target("tiering.endToEndSeconds", "full national tiering end to end under 10 s", 10),
            new Target("tiering.rulesOverHandWritten", "rules part within 3x of the hand-written baseline", 3),
            new Target("tiering.disagreements", "rules and baseline agree on every school", 0),
            new Target(
                    "tier.load.p99Millis",
                    "single-school query p99 under 50 ms at 100 concurrent requests during a run",
                    50),
            new Target("brokering.allocationMillis", "brokering allocation under 10 s", 10_000),
            new Target(
                    "recommendation.load.p99Millis",
                    "single-school recommendation p99 under 50 ms at 100 concurrent requests during a run",
                    50),
            new Target("rules.reloadMillis", "rule reload under 2 s", 2000),
            new Target("heap.peakLiveMiB", "heap under 1 GiB", 1024));

    /** Figures compared between scales in the scaling table. */
    private static final List<String> SCALED = List.of(
            "import.seconds",
            "tiering.loadMillis",
            "tiering.rulesMillis",
            "tiering.handWrittenMillis",
            "tiering.endToEndSeconds",
            "finance.checkMillis",
            "tier.load.p99Millis",
            "heap.peakLiveMiB");

    private Benchmark() {}

    /**
     * The measured steps in the order they run, on one application and data set. Brokering's
     * allocation is one more step after tiering, and its recommendation query one more {@link
     * LatencyStep} ("recommendation", "/api/schools/%d/recommendation"), each with its target above.
     */
    static List<BenchmarkStep> steps() {
        return List.of(
                new ImportStep(),
                new RulesStep(),
                new TieringStep(),
                new BrokeringStep(),
                new FinanceStep(),
                new LatencyStep("tier", "/api/schools/%d/tier", BenchmarkContext::tieredUrns),
                new LatencyStep("recommendation", "/api/schools/%d/recommendation", BenchmarkContext::brokeredUrns));
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        Files.createDirectories(options.out());
        if (options.scales().size() == 1) {
            List<String> failures = run(options, options.scales().get(0));
            if (!failures.isEmpty()) {
                failures.forEach(failure -> System.err.println("FAILED: " + failure));
                System.exit(1);
            }
        } else {
            for (double scale : options.scales()) {
                int exit = fork(options, scale);
                if (exit != 0) {
                    System.err.println(
                            "The benchmark at " + BenchmarkOptions.scaleName(scale) + " failed (exit " + exit + ")");
                    System.exit(exit);
                }
            }
            scaling(options);
        }
        System.exit(0);
    }

    /** Runs one scale in a JVM of its own, with this JVM's options (heap size) and class path. */
    private static int fork(BenchmarkOptions options, double scale) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Benchmark.class.getName());
        command.addAll(options.argsFor(scale));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    static Path resultFile(BenchmarkOptions options, double scale) {
        return options.out().resolve("benchmark-" + BenchmarkOptions.scaleName(scale) + ".json");
    }

    /** Runs one scale and returns what the steps found wrong (empty when nothing). */
    private static List<String> run(BenchmarkOptions options, double scale) throws Exception {
        List<String> failures = new ArrayList<>();
        Measurements m = new Measurements();
        DatasetSize size = DatasetSize.national(scale);
        m.fact("scale", BenchmarkOptions.scaleName(scale));
        m.fact("seed", options.seed());
        m.fact("schools", size.schools());
        m.fact("localAuthorities", size.localAuthorities());
        m.fact("spendingItems", size.spendingItems());
        m.fact("commit", commit());
        m.fact("measuredAt", Instant.now().toString());
        m.fact("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.fact("cores", Runtime.getRuntime().availableProcessors());
        m.fact("warmupsAndRepeats", options.warmups() + " warm-up(s), median of " + options.repeats());
        try (HeapSampler heap = new HeapSampler()) {
            m.fact("maxHeapMiB", heap.maxHeapBytes() / (1024 * 1024));
            Path base = options.out().resolve(BenchmarkOptions.scaleName(scale)).toAbsolutePath();
            Path data = fresh(base.resolve("data"));
            Path rules = fresh(base.resolve("rules"));
            Path db = fresh(base.resolve("db"));
            log("generating " + size + " with seed " + options.seed() + " into " + data);
            long started = System.nanoTime();
            new SyntheticEngland(size, options.seed()).write(data);
            m.add(
                    "generate.seconds",
                    "Generating the data set (not part of the product)",
                    (System.nanoTime() - started) / 1e9,
                    "s");
            copy(Path.of("rules"), rules);

            started = System.nanoTime();
            try (ConfigurableApplicationContext app = start(db, rules)) {
                m.add(
                        "app.startSeconds",
                        "Service start (empty database, rules compiled)",
                        (System.nanoTime() - started) / 1e9,
                        "s");
                int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
                BenchmarkContext context = new BenchmarkContext(app, port, options, data, rules, m);
                for (BenchmarkStep step : steps()) {
                    if (!options.runs(step.key())) {
                        continue;
                    }
                    log(step.name());
                    step.run(context);
                }
                failures.addAll(context.failures());
            }
            m.add(
                    "heap.peakUsedMiB",
                    "Peak heap in use, sampled (includes garbage)",
                    heap.peakUsedBytes() / 1048576.0,
                    "MiB");
            m.add(
                    "heap.peakLiveMiB",
                    "Peak heap live after a collection",
                    heap.peakLiveAfterGcBytes() / 1048576.0,
                    "MiB");
        }
        m.print(System.out, TARGETS);
        Path json = resultFile(options, scale);
        m.writeJson(json, TARGETS);
        log("figures written to " + json.toAbsolutePath());
        return failures;
    }

    /** The service as {@code java -jar} starts it, on a random loopback port, with its own database and rules. */
    private static ConfigurableApplicationContext start(Path db, Path rules) {
        SpringApplication app = new SpringApplication(TierwiseApplication.class);
        // The test classes are on the class path: leave their configurations out, as the tests' own filter does.
        app.addInitializers(context -> context.getBeanFactory()
                .registerSingleton("benchmarkExcludesTestConfigurations", new TypeExcludeFilter() {
                    @Override
                    public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
                        return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
                    }
                }));
        return app.run(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--tierwise.data-dir=" + db,
                "--spring.datasource.url=jdbc:h2:file:" + db.resolve("tierwise") + ";AUTO_SERVER=FALSE",
                "--tierwise.rules.dir=" + rules,
                "--tierwise.fixtures.load-on-empty=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.org.drools=ERROR",
                "--logging.level.org.tierwise.bench=INFO");
    }

    /** Prints and writes how each figure grows with the size of the data set. */
    private static void scaling(BenchmarkOptions options) {
        List<Double> scales = options.scales().stream().sorted().toList();
        JsonMapper json = JsonMapper.builder().build();
        Map<Double, JsonNode> figures = new LinkedHashMap<>();
        for (double scale : scales) {
            figures.put(
                    scale, json.readTree(resultFile(options, scale).toFile()).get("figures"));
        }
        double first = scales.get(0);
        double last = scales.get(scales.size() - 1);
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "| %-52s |", "Figure"));
        scales.forEach(s -> header.append(String.format(Locale.ROOT, " %10s |", BenchmarkOptions.scaleName(s))));
        header.append(" growth exponent |");
        System.out.println();
        System.out.println("Scaling (exponent b in cost ~ size^b between the smallest and largest size; 1 = linear)");
        System.out.println(header);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String key : SCALED) {
            JsonNode at = figures.get(first).get(key);
            if (at == null) {
                continue;
            }
            StringBuilder line = new StringBuilder(String.format(
                    Locale.ROOT,
                    "| %-52s |",
                    at.get("label").asString() + " (" + at.get("unit").asString() + ")"));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("figure", key);
            Map<String, Double> values = new LinkedHashMap<>();
            for (double s : scales) {
                double v = figures.get(s).get(key).get("value").asDouble();
                values.put(BenchmarkOptions.scaleName(s), v);
                line.append(String.format(Locale.ROOT, " %10s |", Measurements.format(v)));
            }
            double exponent = Math.log(values.get(BenchmarkOptions.scaleName(last))
                            / values.get(BenchmarkOptions.scaleName(first)))
                    / Math.log(last / first);
            line.append(String.format(Locale.ROOT, " %15.2f |", exponent));
            row.put("values", values);
            row.put("growthExponent", exponent);
            rows.add(row);
            System.out.println(line);
        }
        Path file = options.out().resolve("benchmark-scaling.json");
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), Map.of("scales", scales, "figures", rows));
        log("scaling written to " + file.toAbsolutePath());
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "describe", "--always", "--dirty")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(git.getInputStream().readAllBytes()).trim();
            return git.waitFor() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        return Files.createDirectories(dir);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void log(String message) {
        System.out.println("[benchmark] " + message);
    }
}
