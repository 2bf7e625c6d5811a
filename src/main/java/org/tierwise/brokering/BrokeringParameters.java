package org.tierwise.brokering;

import java.time.LocalDate;
import org.tierwise.rules.Parameter;
import org.tierwise.rules.RuleSet;

/**
 * The brokering parameters the Java side reads to shape the problem (never to decide eligibility):
 * the tiers brokered, supporters per need, capacity caps and the distance grid.
 */
record BrokeringParameters(RuleSet ruleSet, LocalDate date) {

    double number(String name, double otherwise) {
        return ruleSet.parameters().stream()
                .filter(p -> p.name().equals(name) && p.appliesOn(date))
                .mapToDouble(Parameter::number)
                .findFirst()
                .orElse(otherwise);
    }

    int minTier() {
        return (int) number("brokering.min-tier", 3);
    }

    int wanted(int tier) {
        return (int) number("brokering.supporters-per-need.tier-" + tier, 1);
    }

    double maxDistanceKm() {
        return number("brokering.max-distance-km", 25);
    }

    double daysPerDeployment() {
        return number("brokering.days-per-deployment", 0);
    }

    /** The role's cap on concurrent deployments; unlimited when no cap is set. */
    double cap(SupporterRole role) {
        return number("brokering.cap." + role, Integer.MAX_VALUE);
    }

    int slots(SupporterFacts supporter) {
        return supporter.slots(cap(supporter.role()), daysPerDeployment());
    }
}
