package org.tierwise.brokering;

import java.time.LocalDate;
import org.tierwise.rules.AllowedInRules;

/** An earlier deployment of a supporter and its outcome, for the track-record score. */
@AllowedInRules
public record DeploymentFacts(
        String supporterId, int urn, String area, LocalDate start, LocalDate end, DeploymentOutcome outcome) {}
