package org.tierwise.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/** The figures of one benchmark run, in the order measured, printed as a table and written as JSON. */
public final class Measurements {

    /** One measured figure. {@code key} is stable between commits, so JSON files can be compared. */
    public record Figure(String key, String label, double value, String unit) {}

    /** A target from issue 8: the figure must be at most {@code limit}. */
    public record Target(String key, String what, double limit) {}

    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, Object> facts = new LinkedHashMap<>();

    public void add(String key, String label, double value, String unit) {
        figures.add(new Figure(key, label, value, unit));
    }

    /** A descriptive fact about the run (sizes, tier counts, the commit), not a timing. */
    public void fact(String key, Object value) {
        facts.put(key, value);
    }

    public Optional<Figure> figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public List<Figure> figures() {
        return figures;
    }

    /** The median of nanosecond samples, in milliseconds. */
    public static double medianMillis(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        return median / 1e6;
    }

    public void print(PrintStream out, List<Target> targets) {
        out.println();
        out.println("Tierwise benchmark");
        facts.forEach((k, v) -> out.printf(Locale.ROOT, "  %-28s %s%n", k, v));
        out.println();
        out.printf(Locale.ROOT, "| %-62s | %12s | %-8s | %-22s |%n", "Figure", "Value", "Unit", "Target");
        out.println("|" + "-".repeat(64) + "|" + "-".repeat(14) + "|" + "-".repeat(10) + "|" + "-".repeat(24) + "|");
        for (Figure f : figures) {
            String target = targets.stream()
                    .filter(t -> t.key().equals(f.key()))
                    .findFirst()
                    .map(t -> (f.value() <= t.limit() ? "met: <= " : "NOT met: <= ") + format(t.limit()))
                    .orElse("");
            out.printf(
                    Locale.ROOT, "| %-62s | %12s | %-8s | %-22s |%n", f.label(), format(f.value()), f.unit(), target);
        }
        out.println();
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return Math.abs(value) >= 100
                ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }

    /** Writes the facts, the figures by key and each target with whether it was met. */
    public void writeJson(Path file, List<Target> targets) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("facts", facts);
        Map<String, Object> byKey = new LinkedHashMap<>();
        for (Figure f : figures) {
            byKey.put(f.key(), Map.of("label", f.label(), "value", f.value(), "unit", f.unit()));
        }
        json.put("figures", byKey);
        List<Map<String, Object>> checked = new ArrayList<>();
        for (Target t : targets) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("figure", t.key());
            entry.put("target", t.what());
            entry.put("limit", t.limit());
            figure(t.key()).ifPresent(f -> {
                entry.put("value", f.value());
                entry.put("met", f.value() <= t.limit());
            });
            checked.add(entry);
        }
        json.put("targets", checked);
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json);
    }
}
