package org.tierwise.web;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** The labels and values of one chart, as the JSON the page's data attributes carry. */
public record ChartData(String labels, String values) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A chart of {@code values} (null for a gap) against {@code labels}. */
    public static ChartData of(List<String> labels, List<? extends Number> values) {
        return new ChartData(JSON.writeValueAsString(labels), JSON.writeValueAsString(values));
    }
}
