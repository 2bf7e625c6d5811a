package org.tierwise.rules;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads a YAML file that is a list of maps, keeping each map's line so errors can point at it. */
public final class YamlList {

    /** Shared YAML mapper: thread-safe once built. */
    public static final YAMLMapper MAPPER = YAMLMapper.builder()
            // Entries are read one at a time from a parser positioned inside the list.
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // A misspelt field (phse:, rwmExpectd:) is an error, not a fact without it: Jackson 3
            // ignores unknown properties by default, so a must-not-fire case could test nothing.
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** One map of the list and the line it starts on. */
    public record Entry(int line, JsonNode node) {}

    /** The file is not a YAML list of maps; line and column say where it went wrong. */
    public static final class Malformed extends Exception {
        private final int line;
        private final int column;

        Malformed(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    private YamlList() {}

    /** The entries of {@code content}; an empty file is an empty list. */
    public static List<Entry> read(String content) throws Malformed {
        List<Entry> entries = new ArrayList<>();
        try (JsonParser parser = MAPPER.createParser(content)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return entries;
            }
            if (token != JsonToken.START_ARRAY) {
                throw malformed(parser, "expected a list of entries, each starting with '- '");
            }
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token != JsonToken.START_OBJECT) {
                    throw malformed(parser, "expected an entry of 'key: value' lines, found " + parser.getString());
                }
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode node = MAPPER.readTree(parser);
                entries.add(new Entry(line, node));
            }
            return entries;
        } catch (JacksonException e) {
            var location = e.getLocation();
            String message = e.getOriginalMessage().lines().findFirst().orElse("unreadable YAML");
            throw new Malformed(
                    location == null ? 0 : location.getLineNr(),
                    location == null ? 0 : location.getColumnNr(),
                    "not valid YAML: " + message);
        }
    }

    private static Malformed malformed(JsonParser parser, String message) {
        var location = parser.currentTokenLocation();
        return new Malformed(location.getLineNr(), location.getColumnNr(), message);
    }
}
