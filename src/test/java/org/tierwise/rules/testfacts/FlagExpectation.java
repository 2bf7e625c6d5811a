package org.tierwise.rules.testfacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tierwise.rules.Evaluation;
import org.tierwise.rules.cases.CaseExpectation;
import tools.jackson.databind.JsonNode;

/** Test expectation {@code flags: {A: LOW}}: exactly these items are flagged, at these levels. */
@org.tierwise.rules.AllowedInRules
public class FlagExpectation implements CaseExpectation {

    @Override
    public String key() {
        return "flags";
    }

    @Override
    public List<String> differences(JsonNode expected, Evaluation evaluation) {
        Map<String, String> wanted = new TreeMap<>();
        expected.propertyNames()
                .forEach(item -> wanted.put(item, expected.get(item).asString()));
        Map<String, String> actual = new TreeMap<>();
        evaluation.outcomes(Flag.class).forEach(flag -> actual.put(flag.itemId(), flag.level()));
        List<String> differences = new ArrayList<>();
        if (!wanted.equals(actual)) {
            differences.add("flags: expected " + wanted + ", were " + actual);
        }
        return differences;
    }
}
