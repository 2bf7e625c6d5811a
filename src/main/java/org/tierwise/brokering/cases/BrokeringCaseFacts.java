package org.tierwise.brokering.cases;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tierwise.brokering.DeploymentFacts;
import org.tierwise.brokering.NeedFacts;
import org.tierwise.brokering.SupporterFacts;
import org.tierwise.brokering.TargetFacts;
import org.tierwise.rules.cases.CaseFacts;

/**
 * The {@code given} keys of brokering cases: {@code supporters}, {@code targets} (the schools being
 * supported), {@code needs} and {@code deployments} (earlier deployments with their outcome).
 */
@Configuration
class BrokeringCaseFacts {

    @Bean
    CaseFacts supportersGiven() {
        return CaseFacts.of("supporters", SupporterFacts.class);
    }

    @Bean
    CaseFacts targetsGiven() {
        return CaseFacts.of("targets", TargetFacts.class);
    }

    @Bean
    CaseFacts needsGiven() {
        return CaseFacts.of("needs", NeedFacts.class);
    }

    @Bean
    CaseFacts deploymentsGiven() {
        return CaseFacts.of("deployments", DeploymentFacts.class);
    }
}
