package org.tierwise.brokering;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tierwise.audit.AuditAction;
import org.tierwise.audit.AuditEntry;
import org.tierwise.audit.AuditLog;
import org.tierwise.tiering.RunRecord;
import org.tierwise.tiering.TieringRunStore;

/** Records the matches a commissioning group confirms as deployments, and reads them with their outcomes. */
@Service
public class Deployments {

    private final DeploymentRepository deployments;
    private final BrokeringRunStore runs;
    private final DeploymentOutcomes outcomes;
    private final TieringRunStore tierings;
    private final AuditLog audit;

    Deployments(
            DeploymentRepository deployments,
            BrokeringRunStore runs,
            DeploymentOutcomes outcomes,
            TieringRunStore tierings,
            AuditLog audit) {
        this.deployments = deployments;
        this.runs = runs;
        this.outcomes = outcomes;
        this.tierings = tierings;
        this.audit = audit;
    }

    /** A deployment with its outcome so far. */
    public record Confirmed(Deployment deployment, DeploymentOutcome outcome) {}

    /**
     * Confirms an allocated match of a run.
     *
     * @throws BrokeringNotFoundException when the run has no such allocated match
     * @throws IllegalArgumentException when the dates, funding source or cost are missing or wrong,
     *     or the match is already confirmed
     */
    @Transactional
    public Confirmed confirm(
            long runId,
            long matchId,
            LocalDate start,
            LocalDate end,
            String fundingSource,
            BigDecimal cost,
            String by) {
        BrokeringRunStore.StoredCandidate match = runs.candidate(runId, matchId)
                .filter(BrokeringRunStore.StoredCandidate::allocated)
                .orElseThrow(() -> new BrokeringNotFoundException(
                        "brokering run " + runId + " has no allocated match " + matchId));
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException(
                    "start and end are required and end must not be before start; were " + start + " and " + end);
        }
        if (fundingSource == null || fundingSource.isBlank()) {
            throw new IllegalArgumentException(
                    "fundingSource is required, e.g. \"LA school improvement fund\" or \"school-to-school support fund\"");
        }
        if (cost == null || cost.signum() < 0) {
            throw new IllegalArgumentException("cost is required and must not be negative; was " + cost);
        }
        if (deployments.findByCandidateId(matchId).isPresent()) {
            throw new IllegalArgumentException("match " + matchId + " is already confirmed");
        }
        int tier = runs.needs(runId, match.urn()).stream()
                .filter(n -> n.area().equals(match.area()))
                .findFirst()
                .orElseThrow()
                .tier();
        Deployment saved = deployments.save(new Deployment(
                matchId,
                runId,
                match.supporterId(),
                match.urn(),
                match.area(),
                tier,
                start,
                end,
                fundingSource,
                cost,
                by == null || by.isBlank() ? "api" : by,
                Instant.now()));
        audit.record(confirmed(saved));
        return new Confirmed(saved, DeploymentOutcome.PENDING);
    }

    public List<Confirmed> ofSchool(int urn) {
        List<Deployment> confirmed = deployments.findByUrn(urn);
        if (confirmed.isEmpty()) {
            // Most schools have none: no need to read every tiering run for their outcomes.
            return List.of();
        }
        List<RunRecord> tieringRuns = tierings.runsInForce();
        return confirmed.stream()
                .sorted(Comparator.comparing(Deployment::getStartDate))
                .map(d -> new Confirmed(d, outcomes.outcome(d, tieringRuns)))
                .toList();
    }

    private static AuditEntry confirmed(Deployment deployment) {
        return AuditEntry.of(
                        AuditAction.DEPLOYMENT_CONFIRMED,
                        "deployment",
                        deployment.getId(),
                        "Match " + deployment.getCandidateId() + " of brokering run " + deployment.getRunId()
                                + " confirmed: " + deployment.getSupporterId() + " supports school "
                                + deployment.getUrn() + " in " + deployment.getArea() + " from "
                                + deployment.getStartDate() + " to " + deployment.getEndDate())
                .detail("brokeringRunId", deployment.getRunId())
                .detail("matchId", deployment.getCandidateId())
                .detail("urn", deployment.getUrn())
                .detail("supporterId", deployment.getSupporterId())
                .detail("area", deployment.getArea())
                .detail("start", deployment.getStartDate().toString())
                .detail("end", deployment.getEndDate().toString())
                .detail("fundingSource", deployment.getFundingSource())
                .detail("cost", deployment.getCost())
                .detail("confirmedBy", deployment.getConfirmedBy());
    }
}
