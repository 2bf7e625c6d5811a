package org.tierwise.finance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tierwise.finance.facts.ApprovalFacts;
import org.tierwise.finance.facts.FundFacts;
import org.tierwise.finance.facts.ReservePolicyFacts;
import org.tierwise.finance.facts.SpendItemFacts;
import org.tierwise.rules.Evaluation;
import org.tierwise.rules.cases.CaseExpectation;
import org.tierwise.rules.cases.CaseFacts;
import tools.jackson.databind.JsonNode;

/** The finance keys of cases files: {@code given} funds, items, approvals, reservePolicies; {@code expect} flags. */
@Configuration
class FinanceCaseKeys {

    @Bean
    CaseFacts fundsCaseFacts() {
        return CaseFacts.of("funds", FundFacts.class);
    }

    @Bean
    CaseFacts itemsCaseFacts() {
        return CaseFacts.of("items", SpendItemFacts.class);
    }

    @Bean
    CaseFacts approvalsCaseFacts() {
        return CaseFacts.of("approvals", ApprovalFacts.class);
    }

    @Bean
    CaseFacts reservePoliciesCaseFacts() {
        return CaseFacts.of("reservePolicies", ReservePolicyFacts.class);
    }

    /** {@code flags: {NOTT-01: [FIN-008]}}: exactly these items are flagged, by exactly these rules. */
    @Bean
    CaseExpectation flagsExpectation() {
        return new CaseExpectation() {
            @Override
            public String key() {
                return "flags";
            }

            @Override
            public List<String> differences(JsonNode expected, Evaluation evaluation) {
                Map<String, TreeSet<String>> wanted = new TreeMap<>();
                expected.propertyNames().forEach(item -> {
                    TreeSet<String> ids = new TreeSet<>();
                    JsonNode node = expected.get(item);
                    if (node.isArray()) {
                        node.forEach(id -> ids.add(id.asString()));
                    } else {
                        ids.add(node.asString());
                    }
                    wanted.put(item, ids);
                });
                Map<String, TreeSet<String>> actual = new TreeMap<>();
                evaluation.outcomes(FinanceFlag.class).forEach(flag -> actual.computeIfAbsent(
                                flag.itemRef(), k -> new TreeSet<>())
                        .add(flag.ruleId()));
                List<String> differences = new ArrayList<>();
                if (!wanted.equals(actual)) {
                    differences.add("flags: expected " + wanted + ", were " + actual);
                }
                return differences;
            }
        };
    }
}
