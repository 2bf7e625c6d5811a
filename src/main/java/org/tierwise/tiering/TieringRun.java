package org.tierwise.tiering;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tierwise.audit.AuditAction;
import org.tierwise.audit.AuditEntry;
import org.tierwise.audit.AuditLog;
import org.tierwise.rules.RuleFireCounts;
import org.tierwise.runs.RunKind;
import org.tierwise.runs.RunLease;
import org.tierwise.runs.RunLocks;
import org.tierwise.school.AcademicYear;
import org.tierwise.school.DataStatus;

/**
 * The results-day run: tiers every state-funded school of an authority (or all) for an academic
 * year, and stores the run append-only with the rule-set version and a digest of the data read.
 */
@Service
public class TieringRun {

    private static final Logger log = LoggerFactory.getLogger(TieringRun.class);

    private final TieringInputs inputs;
    private final TieringEvaluator evaluator;
    private final TieringRunStore store;
    private final RuleFireCounts fireCounts;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final RunLocks locks;
    private final TieringRequestCheck check;
    private final Clock clock;

    TieringRun(
            TieringInputs inputs,
            TieringEvaluator evaluator,
            TieringRunStore store,
            RuleFireCounts fireCounts,
            TransactionTemplate transactions,
            AuditLog audit,
            RunLocks locks,
            TieringRequestCheck check,
            Clock clock) {
        this.inputs = inputs;
        this.evaluator = evaluator;
        this.store = store;
        this.fireCounts = fireCounts;
        this.transactions = transactions;
        this.audit = audit;
        this.locks = locks;
        this.check = check;
        this.clock = clock;
    }

    /** What to run: the authority (null for all), the year, the release stage and the date of the decisions. */
    public record Request(Integer laCode, AcademicYear year, DataStatus dataStatus, LocalDate asOf) {

        /** The default date: the end of the calendar year the results were published in, or today if earlier. */
        public LocalDate effectiveAsOf(LocalDate today) {
            if (asOf != null) {
                return asOf;
            }
            LocalDate endOfResultsYear = LocalDate.of(year.endYear(), 12, 31);
            return today.isBefore(endOfResultsYear) ? today : endOfResultsYear;
        }
    }

    /**
     * Runs and stores; a second run for the same authority while one is in progress, on this
     * instance or another on the same database, is refused rather than interleaved.
     *
     * @throws org.tierwise.runs.RunInProgressException naming the run in progress
     * @throws org.tierwise.runs.RunRequestRejectedException when the request is refused by {@link #check}
     */
    public RunRecord run(Request request, String runBy) {
        return run(request, runBy, Progress.NONE);
    }

    /** Where a run is: how many schools it covers and how many are evaluated. */
    public interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void loaded(int schools) {}

            @Override
            public void evaluated(int schools) {}
        };

        void loaded(int schools);

        void evaluated(int schools);
    }

    /**
     * Refuses a request for an authority with no schools loaded, or for a year after the current one
     * or before the first the rules cover, before anything is run.
     *
     * @throws org.tierwise.runs.RunRequestRejectedException naming the field, the value and what is allowed
     */
    public void check(Request request) {
        check.check(request.laCode(), request.year());
    }

    /** Runs and stores, reporting progress as it goes. */
    public RunRecord run(Request request, String runBy, Progress progress) {
        check(request);
        String scope = request.laCode() == null ? "all authorities" : "LA " + request.laCode();
        return locks.hold(RunKind.TIERING, scope, runBy, lease -> runLocked(request, runBy, progress, lease));
    }

    private RunRecord runLocked(Request request, String runBy, Progress progress, RunLease lease) {
        Instant started = Instant.now();
        LocalDate asOf = request.effectiveAsOf(LocalDate.now());
        TieringInput input = inputs.load(request.laCode(), request.year().endYear(), asOf);
        progress.loaded(input.schools().size());
        TieringEvaluation evaluation = evaluator.evaluate(input, asOf, progress::evaluated);
        RunRecord draft = new RunRecord(
                0,
                request.laCode(),
                request.year().endYear(),
                request.dataStatus() == null ? DataStatus.FINAL : request.dataStatus(),
                asOf,
                evaluation.version().digest(),
                evaluation.version().label(),
                input.digest(),
                runBy,
                started,
                Instant.now(),
                evaluation.schools().size(),
                input.notTieredCount(),
                input.notTieredReason(),
                null);
        long id = transactions.execute(status -> {
            lease.confirm();
            long runId = store.save(draft, evaluation, RunInput.of(input));
            int carried = store.carryOverrides(runId, draft.academicYear());
            fireCounts.record("tiering", String.valueOf(runId), evaluation.version(), evaluation.firingCounts());
            audit.record(ran(runId, draft, carried));
            return runId;
        });
        log.info(
                "Tiering run {}: {} schools ({} not tiered) of LA {} for {} as of {} in {} ms (rules {})",
                id,
                draft.schoolCount(),
                draft.notTiered(),
                draft.laCode() == null ? "all" : draft.laCode(),
                request.year(),
                asOf,
                java.time.Duration.between(started, Instant.now()).toMillis(),
                evaluation.version().label());
        return store.run(id).orElseThrow();
    }

    /**
     * Withdraws a run nobody meant, with the reason: it stays stored and readable, marked withdrawn,
     * but gives no school its current tier, is not brokered from and carries no override forward.
     *
     * @throws RunNotFoundException when there is no such run
     * @throws RunWithdrawnException when it was withdrawn already
     */
    public RunRecord withdraw(long runId, String reason, String by) {
        RunRecord.Withdrawal withdrawal = new RunRecord.Withdrawal(reason, by, clock.instant());
        transactions.executeWithoutResult(status -> {
            RunRecord run = store.run(runId).orElseThrow(() -> new RunNotFoundException(runId));
            if (run.withdrawn()) {
                throw new RunWithdrawnException(run, "it cannot be withdrawn again");
            }
            try {
                store.withdraw(runId, withdrawal);
            } catch (DuplicateKeyException withdrawnMeanwhile) {
                throw new RunWithdrawnException(store.run(runId).orElseThrow(), "it cannot be withdrawn again");
            }
            audit.record(withdrawn(run, withdrawal));
        });
        log.info("Tiering run {} withdrawn by {}: {}", runId, by, reason);
        return store.run(runId).orElseThrow();
    }

    /** Records a commissioning group's override of one school's tier in a run, with its reason. */
    public StoredTier override(long runId, int urn, Tier tier, String reason, String by) {
        RunRecord run = store.run(runId).orElseThrow(() -> new RunNotFoundException(runId));
        if (run.withdrawn()) {
            throw new RunWithdrawnException(run, "override the school in a run in force");
        }
        store.result(runId, urn).orElseThrow(() -> new RunNotFoundException(runId, urn));
        transactions.executeWithoutResult(status -> {
            store.addOverride(runId, urn, tier, reason, by, clock.instant());
            audit.record(overridden(runId, urn, tier, reason, by));
        });
        return store.result(runId, urn).orElseThrow();
    }

    /**
     * Removes the override in force on one school in a run, with the reason: the rules' own tier is
     * in force again, and the next run carries no override for the school. The override stays in
     * the history.
     *
     * @throws OverrideNotFoundException when the school has no override in force in the run
     */
    public StoredTier removeOverride(long runId, int urn, String reason, String by) {
        RunRecord run = store.run(runId).orElseThrow(() -> new RunNotFoundException(runId));
        if (run.withdrawn()) {
            throw new RunWithdrawnException(run, "its overrides stay as they were");
        }
        StoredTier result = store.result(runId, urn).orElseThrow(() -> new RunNotFoundException(runId, urn));
        if (result.override() == null) {
            throw new OverrideNotFoundException(runId, urn);
        }
        transactions.executeWithoutResult(status -> {
            store.removeOverride(runId, urn, result.override().tier(), reason, by, clock.instant());
            audit.record(overrideRemoved(runId, result, reason, by));
        });
        return store.result(runId, urn).orElseThrow();
    }

    private static AuditEntry ran(long runId, RunRecord run, int carriedOverrides) {
        String scope = run.laCode() == null ? "every authority" : "LA " + run.laCode();
        return AuditEntry.of(
                        AuditAction.TIERING_RUN,
                        "tiering-run",
                        runId,
                        "Tiering run " + runId + " of " + scope + " for " + new AcademicYear(run.academicYear()) + ": "
                                + run.schoolCount() + " schools on rules " + run.ruleSetLabel()
                                + (run.notTiered() == 0
                                        ? ""
                                        : "; " + run.notTiered() + " not tiered, " + run.notTieredReason()))
                .actor(run.runBy())
                .ruleSet(run.ruleSetDigest())
                .detail("laCode", run.laCode())
                .detail("academicYear", new AcademicYear(run.academicYear()).toString())
                .detail("dataStatus", run.dataStatus().name())
                .detail("asOf", run.asOf().toString())
                .detail("ruleSetLabel", run.ruleSetLabel())
                .detail("inputDigest", run.inputDigest())
                .detail("schools", run.schoolCount())
                .detail("notTiered", run.notTiered())
                .detail("notTieredReason", run.notTieredReason() == null ? "" : run.notTieredReason())
                .detail("carriedOverrides", carriedOverrides);
    }

    private static AuditEntry withdrawn(RunRecord run, RunRecord.Withdrawal withdrawal) {
        String scope = run.laCode() == null ? "every authority" : "LA " + run.laCode();
        return AuditEntry.of(
                        AuditAction.TIERING_RUN_WITHDRAWN,
                        "tiering-run",
                        run.id(),
                        "Tiering run " + run.id() + " of " + scope + " for " + new AcademicYear(run.academicYear())
                                + " withdrawn: " + withdrawal.reason())
                .actor(withdrawal.by())
                .ruleSet(run.ruleSetDigest())
                .detail("laCode", run.laCode())
                .detail("academicYear", new AcademicYear(run.academicYear()).toString())
                .detail("runBy", run.runBy())
                .detail("schools", run.schoolCount())
                .detail("reason", withdrawal.reason());
    }

    private static AuditEntry overrideRemoved(long runId, StoredTier result, String reason, String by) {
        return AuditEntry.of(
                        AuditAction.TIER_OVERRIDE_REMOVED,
                        "school",
                        result.urn(),
                        "School " + result.urn() + " override to "
                                + result.override().tier() + " removed in tiering run " + runId
                                + ", back to the rules' " + result.tier() + ": " + reason)
                .actor(by)
                .detail("runId", runId)
                .detail("removedTier", result.override().tier().name())
                .detail("tier", result.tier().name())
                .detail("reason", reason);
    }

    private static AuditEntry overridden(long runId, int urn, Tier tier, String reason, String by) {
        return AuditEntry.of(
                        AuditAction.TIER_OVERRIDE,
                        "school",
                        urn,
                        "School " + urn + " set to " + tier + " in tiering run " + runId + ": " + reason)
                .actor(by)
                .detail("runId", runId)
                .detail("tier", tier.name())
                .detail("reason", reason);
    }
}
