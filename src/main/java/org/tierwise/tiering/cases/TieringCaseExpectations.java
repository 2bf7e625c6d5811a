package org.tierwise.tiering.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tierwise.rules.Evaluation;
import org.tierwise.rules.cases.CaseExpectation;
import org.tierwise.tiering.DataNote;
import org.tierwise.tiering.MissingInput;
import org.tierwise.tiering.NearMiss;
import org.tierwise.tiering.SupportNeed;
import org.tierwise.tiering.TierAction;
import org.tierwise.tiering.TierDecision;
import org.tierwise.tiering.TierReason;
import tools.jackson.databind.JsonNode;

/**
 * The {@code expect} keys of tiering cases, each a map from URN to what the whole rule set
 * decides: {@code tier: {100001: TARGETED}}, and the exact sets {@code reasons} (reason codes),
 * {@code needs} (support needs), {@code actions} (action codes), {@code missing} (the inputs listed
 * as missing), {@code notes} (codes of the notes on the data) and {@code nearMisses} (standard and
 * margin, "KS2_FLOOR 1 within"), e.g.
 * {@code needs: {100001: [MATHS]}}.
 */
@Configuration
class TieringCaseExpectations {

    @Bean
    CaseExpectation tierExpected() {
        return expectation("tier", (urn, evaluation) -> evaluation.outcomes(TierDecision.class).stream()
                .filter(d -> d.urn() == urn)
                .map(d -> d.tier().name())
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Bean
    CaseExpectation reasonsExpected() {
        return expectation(
                "reasons",
                (urn, evaluation) ->
                        codes(evaluation.outcomes(TierReason.class), urn, TierReason::urn, TierReason::code));
    }

    @Bean
    CaseExpectation needsExpected() {
        return expectation(
                "needs",
                (urn, evaluation) ->
                        codes(evaluation.outcomes(SupportNeed.class), urn, SupportNeed::urn, SupportNeed::area));
    }

    @Bean
    CaseExpectation actionsExpected() {
        return expectation(
                "actions",
                (urn, evaluation) ->
                        codes(evaluation.outcomes(TierAction.class), urn, TierAction::urn, TierAction::code));
    }

    @Bean
    CaseExpectation missingExpected() {
        return expectation(
                "missing",
                (urn, evaluation) ->
                        codes(evaluation.outcomes(MissingInput.class), urn, MissingInput::urn, MissingInput::input));
    }

    @Bean
    CaseExpectation notesExpected() {
        return expectation(
                "notes",
                (urn, evaluation) -> codes(evaluation.outcomes(DataNote.class), urn, DataNote::urn, DataNote::code));
    }

    /** Each near miss as "KS2_FLOOR 1", with " within" when it is within its standard's margin. */
    @Bean
    CaseExpectation nearMissesExpected() {
        return expectation(
                "nearMisses",
                (urn, evaluation) -> codes(
                        evaluation.outcomes(NearMiss.class),
                        urn,
                        NearMiss::urn,
                        m -> m.standard() + " " + NearMiss.figure(m.margin()) + (m.withinMargin() ? " within" : "")));
    }

    private static <T> Set<String> codes(
            List<T> outcomes, int urn, Function<T, Integer> urnOf, Function<T, String> codeOf) {
        return outcomes.stream()
                .filter(o -> urnOf.apply(o) == urn)
                .map(codeOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** What the evaluation decided for one school under this key. */
    private interface Actual {
        Set<String> of(int urn, Evaluation evaluation);
    }

    private static CaseExpectation expectation(String key, Actual actual) {
        return new CaseExpectation() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public List<String> differences(JsonNode expected, Evaluation evaluation) {
                List<String> differences = new ArrayList<>();
                if (!expected.isObject()) {
                    return List.of(key + " must map URNs to values, e.g. " + key + ": { 100001: ... }");
                }
                for (Map.Entry<String, JsonNode> entry : expected.properties()) {
                    int urn;
                    try {
                        urn = Integer.parseInt(entry.getKey());
                    } catch (NumberFormatException e) {
                        differences.add(key + ": '" + entry.getKey() + "' is not a URN");
                        continue;
                    }
                    Set<String> want = new TreeSet<>();
                    if (entry.getValue().isArray()) {
                        entry.getValue().forEach(v -> want.add(v.asString()));
                    } else {
                        want.add(entry.getValue().asString());
                    }
                    Set<String> was = actual.of(urn, evaluation);
                    if (!want.equals(was)) {
                        differences.add(key + " of " + urn + ": expected " + show(want) + ", was " + show(was));
                    }
                }
                return differences;
            }

            @Override
            public boolean checkedOnOwnFile() {
                return false;
            }
        };
    }

    private static String show(Set<String> values) {
        return values.isEmpty()
                ? "none"
                : values.size() == 1 ? values.iterator().next() : values.toString();
    }
}
