package org.tierwise.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's command-line options, each {@code --name=value}.
 *
 * @param scales sizes to run, as multiples of the national data set (several: one JVM each, then
 *     the scaling table)
 * @param seed the generator's seed
 * @param out where data, databases and the JSON results go
 * @param warmups unmeasured repetitions before each measured one
 * @param repeats measured repetitions; the median is reported
 * @param clients concurrent clients for the latency measurement
 * @param loadSeconds how long the clients send requests while tiering runs are in progress
 * @param steps the keys of the steps to run, in the benchmark's order; empty for all
 */
record BenchmarkOptions(
        List<Double> scales,
        long seed,
        Path out,
        int warmups,
        int repeats,
        int clients,
        int loadSeconds,
        List<String> steps) {

    static final String USAGE = "--scale=1[,2,4] --seed=42 --out=target/benchmark --warmups=1 --repeats=3"
            + " --clients=100 --load-seconds=10 --steps=import,finance (default: all)";

    static BenchmarkOptions parse(String[] args) {
        List<Double> scales = List.of(1.0);
        long seed = 42;
        Path out = Path.of("target", "benchmark");
        int warmups = 1;
        int repeats = 3;
        int clients = 100;
        int loadSeconds = 10;
        List<String> steps = List.of();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("options are --name=value: " + USAGE + "; got " + arg);
            }
            String value = arg.substring(eq + 1).trim();
            switch (arg.substring(2, eq).toLowerCase(Locale.ROOT)) {
                case "scale" -> {
                    List<Double> list = new ArrayList<>();
                    for (String s : value.split(",")) {
                        list.add(Double.parseDouble(s.trim()));
                    }
                    scales = List.copyOf(list);
                }
                case "seed" -> seed = Long.parseLong(value);
                case "out" -> out = Path.of(value);
                case "warmups" -> warmups = Integer.parseInt(value);
                case "repeats" -> repeats = Integer.parseInt(value);
                case "clients" -> clients = Integer.parseInt(value);
                case "load-seconds" -> loadSeconds = Integer.parseInt(value);
                case "steps" -> steps = value.isEmpty() ? List.of() : List.of(value.split("\\s*,\\s*"));
                default -> throw new IllegalArgumentException("unknown option " + arg + "; options: " + USAGE);
            }
        }
        if (repeats < 1
                || warmups < 0
                || clients < 1
                || loadSeconds < 1
                || scales.stream().anyMatch(s -> s <= 0)) {
            throw new IllegalArgumentException("scales, repeats, clients and load-seconds must be positive: " + USAGE);
        }
        List<String> known = Benchmark.steps().stream().map(BenchmarkStep::key).toList();
        for (String step : steps) {
            if (!known.contains(step)) {
                throw new IllegalArgumentException("unknown step " + step + "; steps: " + String.join(",", known));
            }
        }
        return new BenchmarkOptions(scales, seed, out, warmups, repeats, clients, loadSeconds, steps);
    }

    /** These options for one of the scales, as arguments for a child JVM. */
    List<String> argsFor(double scale) {
        return List.of(
                "--scale=" + scale,
                "--seed=" + seed,
                "--out=" + out,
                "--warmups=" + warmups,
                "--repeats=" + repeats,
                "--clients=" + clients,
                "--load-seconds=" + loadSeconds,
                "--steps=" + String.join(",", steps));
    }

    /** Whether the step with {@code key} runs. */
    boolean runs(String key) {
        return steps.isEmpty() || steps.contains(key);
    }

    /** "1x", "0.25x": how files of a scale are named. */
    static String scaleName(double scale) {
        return (scale == Math.rint(scale) ? String.valueOf((long) scale) : String.valueOf(scale)) + "x";
    }
}
