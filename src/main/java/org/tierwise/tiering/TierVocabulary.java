package org.tierwise.tiering;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.tierwise.rules.Parameter;
import org.tierwise.rules.RuleEngine;

/**
 * The names and meanings of the tiers as policy staff wrote them in {@code
 * rules/parameters/tiers.yaml} ({@code tier.<level>.name}, {@code tier.<level>.meaning}).
 */
@Component
public class TierVocabulary {

    private final RuleEngine engine;

    TierVocabulary(RuleEngine engine) {
        this.engine = engine;
    }

    public String name(Tier tier) {
        return text("tier." + tier.level() + ".name", tier.name());
    }

    public String meaning(Tier tier) {
        return text("tier." + tier.level() + ".meaning", "");
    }

    private String text(String name, String fallback) {
        LocalDate today = LocalDate.now();
        return engine.current().parameters().stream()
                .filter(p -> p.name().equals(name) && p.appliesOn(today) && p.text() != null)
                .map(Parameter::text)
                .findFirst()
                .orElse(fallback);
    }
}
