package org.tierwise.brokering.web;

import java.time.LocalDate;
import java.util.Set;
import org.tierwise.brokering.SupporterRole;
import org.tierwise.school.Phase;

/** A supporter as the API shows and accepts it; lists are JSON arrays. */
public record SupporterView(
        String id,
        String name,
        SupporterRole role,
        Integer homeUrn,
        Set<Phase> phases,
        Set<String> specialisms,
        Integer capacityDeployments,
        Integer capacityDays,
        LocalDate availableFrom,
        LocalDate availableTo,
        Integer easting,
        Integer northing,
        String clusterId,
        String alliance,
        String post,
        LocalDate leadershipSince,
        LocalDate tenureEnd,
        Set<Integer> conflictUrns,
        String dataSource) {}
