package org.tierwise.school;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.TreeMap;

/** Lists the measures of a results row that were published as a marker instead of a figure. */
public final class NotPublished {

    private NotPublished() {}

    /** Field name to marker and meaning, e.g. {@code rwmExpected -> SUPP (suppressed: ...)}. */
    public static Map<String, String> of(Object results) {
        Map<String, String> markers = new TreeMap<>();
        for (Field field : results.getClass().getDeclaredFields()) {
            if (field.getType() != Measure.class) {
                continue;
            }
            try {
                field.setAccessible(true);
                Measure measure = (Measure) field.get(results);
                if (measure != null && !measure.isPublished()) {
                    markers.put(field.getName(), measure.toString());
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + field, e);
            }
        }
        return markers;
    }
}
