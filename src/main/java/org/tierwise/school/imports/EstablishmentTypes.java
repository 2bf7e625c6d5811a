package org.tierwise.school.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tierwise.rules.Parameter;
import org.tierwise.rules.RuleEngine;
import org.tierwise.school.Governance;

/**
 * Which governance each establishment type has, as policy staff keep it in {@code
 * rules/parameters/register.yaml} ({@code register.governance.<GIAS type name>}, text the
 * governance): a classification that changes with policy, so it is read from the live rule set
 * when a register is imported, not written in Java.
 */
@Component
class EstablishmentTypes {

    static final String PREFIX = "register.governance.";
    static final String FILE = "rules/parameters/register.yaml";

    private final RuleEngine engine;

    EstablishmentTypes(RuleEngine engine) {
        this.engine = engine;
    }

    /** The classification in force on {@code date} in the live rule set. */
    Classification on(LocalDate date) {
        return of(engine.current().parameters(), date);
    }

    /** The classification the given parameters make on {@code date}. */
    static Classification of(List<Parameter> parameters, LocalDate date) {
        Map<String, Governance> byType = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Parameter parameter : parameters) {
            if (!parameter.name().startsWith(PREFIX) || !parameter.appliesOn(date)) {
                continue;
            }
            String type = parameter.name().substring(PREFIX.length());
            String text = parameter.text() == null ? "" : parameter.text().trim();
            try {
                byType.put(key(type), Governance.valueOf(text));
            } catch (IllegalArgumentException e) {
                problems.add(parameter.name() + " names governance '" + text + "', which is not one of "
                        + Arrays.toString(Governance.values()));
            }
        }
        return new Classification(Map.copyOf(byType), List.copyOf(problems));
    }

    private static String key(String type) {
        return type.trim().toLowerCase(Locale.ROOT);
    }

    /** Governance by establishment type, and the entries that name no governance. */
    record Classification(Map<String, Governance> byType, List<String> problems) {

        /** The governance of a type, or empty when the parameters do not list it. */
        Optional<Governance> governance(String type) {
            return type == null ? Optional.empty() : Optional.ofNullable(byType.get(key(type)));
        }
    }
}
