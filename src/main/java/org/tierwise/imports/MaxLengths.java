package org.tierwise.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds an importer's {@link Importer#maxLengths()}: the size of the database column behind each CSV column. */
public final class MaxLengths {

    private final Map<String, Integer> lengths = new LinkedHashMap<>();

    private MaxLengths() {}

    public static MaxLengths of() {
        return new MaxLengths();
    }

    /** Every name the column may be published under holds at most {@code max} characters. */
    public MaxLengths column(int max, List<String> aliases) {
        aliases.forEach(alias -> lengths.put(alias, max));
        return this;
    }

    public MaxLengths column(int max, String... names) {
        return column(max, List.of(names));
    }

    public Map<String, Integer> map() {
        return Map.copyOf(lengths);
    }
}
