package org.tierwise.tiering.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tierwise.rules.cases.CaseFacts;
import org.tierwise.school.facts.ConcernFacts;
import org.tierwise.school.facts.InspectionFacts;
import org.tierwise.school.facts.Ks2Facts;
import org.tierwise.school.facts.Ks4Facts;
import org.tierwise.school.facts.OfstedFacts;
import org.tierwise.school.facts.SchoolFacts;
import org.tierwise.tiering.DataAsAt;
import org.tierwise.tiering.TieringContext;
import tools.jackson.databind.JsonNode;

/**
 * The {@code given} keys of tiering cases: {@code schools}, {@code inspections} (summarised per
 * school exactly as a real run summarises them), {@code ks2}, {@code ks4}, {@code concerns}, and
 * {@code year} (the academic year of the results, by its end year, e.g. {@code year: 2019}).
 */
@Configuration
class TieringCaseFacts {

    @Bean
    CaseFacts schoolsGiven() {
        return CaseFacts.of("schools", SchoolFacts.class);
    }

    @Bean
    CaseFacts ks2Given() {
        return CaseFacts.of("ks2", Ks2Facts.class);
    }

    @Bean
    CaseFacts ks4Given() {
        return CaseFacts.of("ks4", Ks4Facts.class);
    }

    /** How far an input's data runs: {@code dataAsAt: [ { input: Ofsted, date: 2018-07-31 } ]}. */
    @Bean
    CaseFacts dataAsAtGiven() {
        return CaseFacts.of("dataAsAt", DataAsAt.class);
    }

    @Bean
    CaseFacts concernsGiven() {
        return CaseFacts.of("concerns", ConcernFacts.class);
    }

    @Bean
    CaseFacts inspectionsGiven() {
        CaseFacts inspections = CaseFacts.of("inspections", InspectionFacts.class);
        return new CaseFacts() {
            @Override
            public String key() {
                return "inspections";
            }

            @Override
            public Set<String> fields() {
                return inspections.fields();
            }

            @Override
            public List<?> facts(JsonNode given) {
                Map<Integer, List<InspectionFacts>> byUrn = new TreeMap<>();
                for (Object fact : inspections.facts(given)) {
                    InspectionFacts inspection = (InspectionFacts) fact;
                    if (inspection.inspectionDate() == null) {
                        throw new IllegalArgumentException("an inspection needs an inspectionDate: " + inspection);
                    }
                    byUrn.computeIfAbsent(inspection.urn(), urn -> new ArrayList<>())
                            .add(inspection);
                }
                List<OfstedFacts> summaries = new ArrayList<>();
                byUrn.forEach(
                        (urn, list) -> OfstedFacts.of(urn, list, LocalDate.MAX).ifPresent(summaries::add));
                return summaries;
            }
        };
    }

    @Bean
    CaseFacts yearGiven() {
        return new CaseFacts() {
            @Override
            public String key() {
                return "year";
            }

            @Override
            public List<?> facts(JsonNode given) {
                if (!given.isInt()) {
                    throw new IllegalArgumentException(
                            "year must be the end year of the academic year, e.g. year: 2019 for 2018-19");
                }
                return List.of(new TieringContext(given.asInt()));
            }
        };
    }
}
