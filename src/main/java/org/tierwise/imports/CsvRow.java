package org.tierwise.imports;

import java.util.List;

/** The raw values of one CSV row and the line it starts on. */
public record CsvRow(String file, long line, List<String> values) {

    String value(int index) {
        return index >= 0 && index < values.size() ? values.get(index) : null;
    }
}
