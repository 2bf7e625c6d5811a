package org.tierwise.brokering;

import java.time.LocalDate;

/** An earlier deployment of a supporter and its outcome, for the track-record score. */
public record DeploymentFacts(
        String supporterId, int urn, String area, LocalDate start, LocalDate end, DeploymentOutcome outcome) {}
