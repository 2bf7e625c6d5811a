package org.tierwise.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * A fact a rule matched, in words an officer reads: "KS4 results: URN: 117552; year: 2018-19;
 * Progress 8: -0.25; Progress 8 band: 3 (average); not in the file: pupils at the end of KS4", never a record's {@code toString}. Every field is
 * kept (so the words are also the audit record of what the rule saw): missing values are listed
 * as "not in the file", a DfE marker by its published meaning, an academic year as 2018-19, a code
 * with its label.
 *
 * <p>Labels are in {@code fact-labels.properties} beside this class: {@code Type} for the fact,
 * {@code Type.field} for a field, {@code Type.field.value} for a coded value and {@code ENUM_NAME}
 * for an enum constant; anything unlabelled is spelt out from its name ({@code ageHigh} "age high").
 */
final class FactWords {

    private static final Properties LABELS = load();

    private FactWords() {}

    /** The fact in words. */
    static String of(Object fact) {
        if (fact == null) {
            return "not in the file";
        }
        if (fact instanceof Object[] values) {
            return "values counted together: "
                    + Arrays.stream(values).map(FactWords::value).collect(Collectors.joining(", "));
        }
        if (fact instanceof Enum<?> constant) {
            return enumWords(constant);
        }
        if (fact instanceof Record record) {
            return recordWords(record);
        }
        return String.valueOf(fact);
    }

    private static String recordWords(Record record) {
        Class<?> type = record.getClass();
        String typeName = type.getSimpleName();
        Map<?, ?> notPublished = Map.of();
        List<String> parts = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        RecordComponent[] components = type.getRecordComponents();
        for (RecordComponent component : components) {
            if (component.getName().equals("notPublished") && read(record, component) instanceof Map<?, ?> markers) {
                notPublished = markers;
            }
        }
        for (RecordComponent component : components) {
            String name = component.getName();
            if (name.equals("notPublished")) {
                continue;
            }
            Object value = read(record, component);
            String label = LABELS.getProperty(typeName + "." + name, LABELS.getProperty(name, spelt(name)));
            String words;
            if (value == null && notPublished.get(name) != null) {
                words = "not published (" + notPublished.get(name) + ")";
            } else if (value == null) {
                String none = LABELS.getProperty(typeName + "." + name + ".missing");
                if (none == null) {
                    absent.add(label);
                    continue;
                }
                words = none;
            } else if (name.equals("academicYear") && value instanceof Integer year && year > 1900) {
                words = (year - 1) + "-" + String.format(Locale.ROOT, "%02d", year % 100);
            } else {
                String plain = value(value);
                words = LABELS.getProperty(typeName + "." + name + "." + plain, plain);
                if (!words.equals(plain)) {
                    words = plain + " (" + words + ")";
                }
            }
            parts.add(label + ": " + words);
        }
        if (!absent.isEmpty()) {
            parts.add("not in the file: " + String.join(", ", absent));
        }
        return LABELS.getProperty(typeName, spelt(typeName)) + ": " + String.join("; ", parts);
    }

    private static String value(Object value) {
        if (value == null) {
            return "not in the file";
        }
        if (value instanceof Double number) {
            return number.isNaN() || number.isInfinite()
                    ? number.toString()
                    : BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Boolean yes) {
            return yes ? "yes" : "no";
        }
        if (value instanceof Enum<?> constant) {
            return enumWords(constant);
        }
        if (value instanceof Collection<?> values) {
            return values.isEmpty()
                    ? "none"
                    : values.stream().map(FactWords::value).collect(Collectors.joining(", "));
        }
        if (value instanceof Record record) {
            return recordWords(record);
        }
        return value.toString();
    }

    private static String enumWords(Enum<?> constant) {
        return LABELS.getProperty(
                constant.name(), constant.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    /** "progress8Upper" as "progress 8 upper". */
    static String spelt(String name) {
        return name.replaceAll("([a-z])([A-Z0-9])", "$1 $2")
                .replaceAll("([0-9])([A-Za-z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            return "(unreadable: " + e.getClass().getSimpleName() + ")";
        }
    }

    private static Properties load() {
        Properties labels = new Properties();
        try (InputStream in = FactWords.class.getResourceAsStream("fact-labels.properties")) {
            if (in != null) {
                labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("fact-labels.properties could not be read", e);
        }
        return labels;
    }
}
