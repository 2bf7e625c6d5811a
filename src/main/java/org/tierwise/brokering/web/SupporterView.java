package org.tierwise.brokering.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.tierwise.brokering.SupporterRole;
import org.tierwise.school.Phase;

/** A supporter as the API shows and accepts it; lists are JSON arrays. */
public record SupporterView(
        @Size(max = 40) String id,
        @Size(max = 200) String name,
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
        @Size(max = 40) String clusterId,
        @Size(max = 200) String alliance,
        @Size(max = 40) String post,
        LocalDate leadershipSince,
        LocalDate tenureEnd,
        Set<Integer> conflictUrns,
        @Size(max = 500) String dataSource) {}
