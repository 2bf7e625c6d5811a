package org.tierwise.brokering.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tierwise.brokering.Eligible;
import org.tierwise.brokering.Excluded;
import org.tierwise.brokering.ScoreComponent;
import org.tierwise.rules.Evaluation;
import org.tierwise.rules.cases.CaseExpectation;
import tools.jackson.databind.JsonNode;

/**
 * The {@code expect} keys of brokering cases, keyed by {@code URN/AREA}:
 * {@code eligible: {1001/MATHS: [S1, S2]}} (exactly these supporters are eligible),
 * {@code excluded: {1001/MATHS: {S3: [BROKER-008]}}} (exactly these rules exclude S3; {@code []}
 * for none), and, keyed by {@code URN/AREA/SUPPORTER}, {@code scores: {1001/MATHS/S1: {specialism:
 * 30, same-cluster: none}}} (these components have these points, or are absent).
 */
@Configuration
class BrokeringCaseExpectations {

    @Bean
    CaseExpectation eligibleExpected() {
        return new CaseExpectation() {
            @Override
            public String key() {
                return "eligible";
            }

            @Override
            public List<String> differences(JsonNode expected, Evaluation evaluation) {
                List<String> differences = new ArrayList<>();
                for (Map.Entry<String, JsonNode> entry : expected.properties()) {
                    String[] need = need(entry.getKey(), differences, 2);
                    if (need == null) {
                        continue;
                    }
                    Set<String> want = texts(entry.getValue());
                    Set<String> was = evaluation.outcomes(Eligible.class).stream()
                            .filter(e -> matches(e.urn(), e.area(), need))
                            .map(Eligible::supporterId)
                            .collect(Collectors.toCollection(TreeSet::new));
                    if (!want.equals(was)) {
                        differences.add("eligible for " + entry.getKey() + ": expected " + want + ", was " + was);
                    }
                }
                return differences;
            }
        };
    }

    @Bean
    CaseExpectation excludedExpected() {
        return new CaseExpectation() {
            @Override
            public String key() {
                return "excluded";
            }

            @Override
            public List<String> differences(JsonNode expected, Evaluation evaluation) {
                List<String> differences = new ArrayList<>();
                for (Map.Entry<String, JsonNode> entry : expected.properties()) {
                    String[] need = need(entry.getKey(), differences, 2);
                    if (need == null) {
                        continue;
                    }
                    if (!entry.getValue().isObject()) {
                        differences.add("excluded of " + entry.getKey() + " must map supporters to rule ids");
                        continue;
                    }
                    for (Map.Entry<String, JsonNode> supporter :
                            entry.getValue().properties()) {
                        Set<String> want = texts(supporter.getValue());
                        Set<String> was = evaluation.outcomes(Excluded.class).stream()
                                .filter(e -> matches(e.urn(), e.area(), need)
                                        && e.supporterId().equals(supporter.getKey()))
                                .map(e -> e.explanation().ruleId())
                                .collect(Collectors.toCollection(TreeSet::new));
                        if (!want.equals(was)) {
                            differences.add("rules excluding " + supporter.getKey() + " from " + entry.getKey()
                                    + ": expected " + want + ", was " + was);
                        }
                    }
                }
                return differences;
            }
        };
    }

    @Bean
    CaseExpectation scoresExpected() {
        return new CaseExpectation() {
            @Override
            public String key() {
                return "scores";
            }

            @Override
            public List<String> differences(JsonNode expected, Evaluation evaluation) {
                List<String> differences = new ArrayList<>();
                for (Map.Entry<String, JsonNode> entry : expected.properties()) {
                    String[] pair = need(entry.getKey(), differences, 3);
                    if (pair == null) {
                        continue;
                    }
                    List<ScoreComponent> components = evaluation.outcomes(ScoreComponent.class).stream()
                            .filter(c -> matches(c.urn(), c.area(), pair)
                                    && c.supporterId().equals(pair[2]))
                            .toList();
                    for (Map.Entry<String, JsonNode> component :
                            entry.getValue().properties()) {
                        List<Double> points = components.stream()
                                .filter(c -> c.name().equals(component.getKey()))
                                .map(ScoreComponent::points)
                                .toList();
                        JsonNode want = component.getValue();
                        if (want.isNumber()) {
                            if (points.size() != 1 || Math.abs(points.get(0) - want.asDouble()) > 0.05) {
                                differences.add(component.getKey() + " of " + entry.getKey() + ": expected "
                                        + want.asDouble() + ", was " + (points.isEmpty() ? "absent" : points));
                            }
                        } else if ("none".equals(want.asString())) {
                            if (!points.isEmpty()) {
                                differences.add(component.getKey() + " of " + entry.getKey() + ": expected none, was "
                                        + points);
                            }
                        } else {
                            differences.add(component.getKey() + " of " + entry.getKey()
                                    + ": expected a number of points or none, was '" + want.asString() + "'");
                        }
                    }
                }
                return differences;
            }

            @Override
            public boolean checkedOnOwnFile() {
                // The scoring rules score the pairs the eligibility rules made eligible.
                return false;
            }
        };
    }

    /** Splits {@code URN/AREA[/SUPPORTER]}, recording a difference when it does not parse. */
    private static String[] need(String key, List<String> differences, int parts) {
        String[] split = key.split("/");
        if (split.length != parts || !split[0].matches("\\d+")) {
            differences.add("'" + key + "' is not " + (parts == 2 ? "URN/AREA" : "URN/AREA/SUPPORTER") + ", e.g. "
                    + (parts == 2 ? "1001/MATHS" : "1001/MATHS/S1"));
            return null;
        }
        return split;
    }

    private static boolean matches(int urn, String area, String[] need) {
        return String.valueOf(urn).equals(need[0]) && area.equals(need[1]);
    }

    private static Set<String> texts(JsonNode node) {
        Set<String> values = new TreeSet<>();
        if (node.isArray()) {
            node.forEach(v -> values.add(v.asString()));
        } else if (!node.isNull()) {
            values.add(node.asString());
        }
        return values;
    }
}
