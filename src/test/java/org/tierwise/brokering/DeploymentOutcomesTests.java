package org.tierwise.brokering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tierwise.school.DataStatus;
import org.tierwise.tiering.RunRecord;
import org.tierwise.tiering.StoredTier;
import org.tierwise.tiering.Tier;
import org.tierwise.tiering.TieringRunStore;

/** A deployment's outcome reads the first later run that decided the school's tier. */
class DeploymentOutcomesTests {

    private static final int URN = 100001;

    private final TieringRunStore tierings = mock(TieringRunStore.class);
    private final DeploymentOutcomes outcomes = new DeploymentOutcomes(mock(DeploymentRepository.class), tierings);
    private final Deployment deployment = new Deployment(
            1L,
            1L,
            "NLE-1",
            URN,
            "leadership",
            3,
            LocalDate.of(2019, 1, 1),
            LocalDate.of(2019, 7, 31),
            "DSG",
            BigDecimal.ZERO,
            "officer",
            Instant.EPOCH);

    private static RunRecord run(long id, LocalDate asOf) {
        return new RunRecord(
                id,
                919,
                2019,
                DataStatus.FINAL,
                asOf,
                "d",
                "l",
                "i",
                "officer",
                Instant.EPOCH,
                Instant.EPOCH,
                1,
                0,
                null,
                null);
    }

    private void result(long run, Tier tier) {
        when(tierings.result(run, URN))
                .thenReturn(Optional.of(new StoredTier(run, URN, "School", null, null, null, tier, tier, null)));
    }

    @Test
    void aSchoolWhoseNextRunCannotDetermineItsTierIsPendingNotImproved() {
        result(2L, Tier.CANNOT_DETERMINE);
        assertThat(outcomes.outcome(deployment, List.of(run(2L, LocalDate.of(2019, 9, 30)))))
                .isEqualTo(DeploymentOutcome.PENDING);
    }

    @Test
    void aRunThatCannotDetermineIsPassedOverForTheNextRunThatDecides() {
        result(2L, Tier.CANNOT_DETERMINE);
        result(3L, Tier.INTERVENTION);
        List<RunRecord> runs = List.of(run(2L, LocalDate.of(2019, 9, 30)), run(3L, LocalDate.of(2020, 9, 30)));
        assertThat(outcomes.outcome(deployment, runs)).isEqualTo(DeploymentOutcome.NOT_IMPROVED);
    }

    @Test
    void aLowerDeterminedTierIsImproved() {
        result(2L, Tier.UNIVERSAL);
        assertThat(outcomes.outcome(deployment, List.of(run(2L, LocalDate.of(2019, 9, 30)))))
                .isEqualTo(DeploymentOutcome.IMPROVED);
    }
}
