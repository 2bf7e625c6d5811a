package org.tierwise.rules.cases;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tierwise.rules.YamlList;
import tools.jackson.databind.JsonNode;

/**
 * Turns the entries under one {@code given} key of a case (e.g. {@code schools}) into facts. A
 * feature registers one bean per key it understands, usually {@code CaseFacts.of("schools",
 * SchoolFacts.class)}.
 */
public interface CaseFacts {

    /** The {@code given} key, e.g. "schools". */
    String key();

    /**
     * The facts for the YAML under the key (usually a list of maps).
     *
     * @throws IllegalArgumentException naming the entry and field that cannot be read
     */
    List<?> facts(JsonNode given);

    /**
     * The fields an entry under the key may have, so a misspelt one ({@code phse:}) is reported with
     * its file and line when the cases are read; empty when the key's value is not a list of
     * entries with fields (e.g. {@code year: 2019}).
     */
    default Set<String> fields() {
        return Set.of();
    }

    /** Reads each list entry as a {@code type} (a record), field by field, with Jackson. */
    static CaseFacts of(String key, Class<?> type) {
        return new CaseFacts() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public Set<String> fields() {
                if (!type.isRecord()) {
                    return Set.of();
                }
                return Arrays.stream(type.getRecordComponents())
                        .map(RecordComponent::getName)
                        .collect(Collectors.toCollection(TreeSet::new));
            }

            @Override
            public List<?> facts(JsonNode given) {
                if (!given.isArray()) {
                    throw new IllegalArgumentException(key + " must be a list, e.g. " + key + ": [ {...}, {...} ]");
                }
                List<Object> facts = new ArrayList<>();
                for (int i = 0; i < given.size(); i++) {
                    try {
                        facts.add(YamlList.MAPPER.treeToValue(given.get(i), type));
                    } catch (RuntimeException e) {
                        String reason = e.getMessage() == null
                                ? e.toString()
                                : e.getMessage().lines().findFirst().orElse("");
                        throw new IllegalArgumentException(
                                key + " entry " + (i + 1) + " is not a " + type.getSimpleName() + ": " + reason, e);
                    }
                }
                return facts;
            }
        };
    }
}
