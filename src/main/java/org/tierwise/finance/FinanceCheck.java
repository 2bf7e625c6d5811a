package org.tierwise.finance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tierwise.audit.Actors;
import org.tierwise.audit.AuditAction;
import org.tierwise.audit.AuditEntry;
import org.tierwise.audit.AuditLog;
import org.tierwise.finance.facts.FinanceFactsMapper;
import org.tierwise.finance.facts.FundFacts;
import org.tierwise.rules.Evaluation;
import org.tierwise.rules.RuleEngine;
import org.tierwise.rules.RuleFireCounts;
import org.tierwise.rules.RuleSet;
import org.tierwise.runs.RunKind;
import org.tierwise.runs.RunLease;
import org.tierwise.runs.RunLocks;

/** Runs the finance rules over the stored funds, spending, approvals and reserve policies, and keeps each run. */
@Service
public class FinanceCheck {

    /** Fire counts are recorded under this run kind, beside tiering and brokering. */
    public static final String RUN_KIND = "finance";

    private final FundRepository funds;
    private final SpendItemRepository items;
    private final ApprovalRepository approvals;
    private final ReservePolicyRepository policies;
    private final FinanceCheckRunRepository runs;
    private final FinanceFlagRecordRepository flags;
    private final FinanceFactsMapper factsMapper;
    private final FinanceFlagMapper flagMapper;
    private final RuleEngine engine;
    private final RuleFireCounts fireCounts;
    private final AuditLog audit;
    private final RunLocks locks;
    private final TransactionTemplate transactions;

    FinanceCheck(
            FundRepository funds,
            SpendItemRepository items,
            ApprovalRepository approvals,
            ReservePolicyRepository policies,
            FinanceCheckRunRepository runs,
            FinanceFlagRecordRepository flags,
            FinanceFactsMapper factsMapper,
            FinanceFlagMapper flagMapper,
            RuleEngine engine,
            RuleFireCounts fireCounts,
            AuditLog audit,
            RunLocks locks,
            TransactionTemplate transactions) {
        this.funds = funds;
        this.items = items;
        this.approvals = approvals;
        this.policies = policies;
        this.runs = runs;
        this.flags = flags;
        this.factsMapper = factsMapper;
        this.flagMapper = flagMapper;
        this.engine = engine;
        this.fireCounts = fireCounts;
        this.audit = audit;
        this.locks = locks;
        this.transactions = transactions;
    }

    /** The facts as stored now. */
    @Transactional(readOnly = true)
    public FinanceFacts facts() {
        return new FinanceFacts(
                funds.findAll().stream().map(factsMapper::toFacts).toList(),
                items.findAll().stream().map(factsMapper::toFacts).toList(),
                approvals.findAll().stream().map(factsMapper::toFacts).toList(),
                policies.findAll().stream().map(factsMapper::toFacts).toList());
    }

    /** Evaluates all stored facts on {@code ruleSet} (the live one, or a candidate for what-if). */
    public List<FinanceFlag> flags(RuleSet ruleSet, LocalDate asOf) {
        return engine.evaluate(ruleSet, facts().all(), asOf).outcomes(FinanceFlag.class);
    }

    /**
     * Checks the spending in {@code scope} on the live rules and stores the run with its flags and
     * rule-set version. A second check of the same scope while one is in progress, on this instance
     * or another on the same database, is refused.
     *
     * @throws FinanceCheckException when the scope names a fund that is not held
     * @throws org.tierwise.runs.RunInProgressException naming the check in progress
     */
    public FinanceCheckRun run(FinanceCheckScope scope, LocalDate asOf) {
        return locks.hold(
                RunKind.FINANCE,
                scope.toString(),
                Actors.current(),
                lease -> transactions.execute(status -> check(scope, asOf, lease)));
    }

    private FinanceCheckRun check(FinanceCheckScope scope, LocalDate asOf, RunLease lease) {
        lease.confirm();
        FinanceFacts facts = facts();
        if (scope.fund() != null
                && facts.funds().stream().noneMatch(f -> f.ref().equals(scope.fund()))) {
            throw new FinanceCheckException("no fund '" + scope.fund() + "' is held; funds are "
                    + facts.funds().stream().map(FundFacts::ref).sorted().toList());
        }
        Set<String> inScope = facts.funds().stream()
                .filter(scope::includes)
                .map(FundFacts::ref)
                .collect(Collectors.toSet());
        Evaluation evaluation = engine.evaluate(facts.all(), asOf);
        List<FinanceFlag> found = evaluation.outcomes(FinanceFlag.class).stream()
                .filter(flag -> inScope.contains(flag.fundRef()))
                .sorted(Comparator.comparing(FinanceFlag::severity)
                        .thenComparing(FinanceFlag::itemRef)
                        .thenComparing(FinanceFlag::ruleId))
                .toList();

        FinanceCheckRun run = new FinanceCheckRun();
        run.setScopeFund(scope.fund());
        run.setScopeYear(scope.year());
        run.setAsOf(asOf);
        run.setRuleSetDigest(evaluation.version().digest());
        run.setRuleSetLabel(evaluation.version().label());
        run.setRanAt(OffsetDateTime.now(ZoneOffset.UTC));
        run.setItemsChecked((int) facts.items().stream()
                .filter(item -> inScope.contains(item.fundRef()))
                .count());
        run.setFlagCount(found.size());
        run.setBreaches(count(found, Severity.BREACH));
        run.setNeedsApproval(count(found, Severity.NEEDS_APPROVAL));
        run.setWarnings(count(found, Severity.WARNING));
        runs.save(run);
        flags.saveAll(found.stream()
                .map(flag -> flagMapper.toRecord(flag, run.getId()))
                .toList());
        fireCounts.record(RUN_KIND, String.valueOf(run.getId()), evaluation);
        audit.record(checked(run));
        return run;
    }

    /** A stored run. */
    @Transactional(readOnly = true)
    public FinanceCheckRun run(long id) {
        return runs.findById(id).orElseThrow(() -> new FinanceCheckNotFoundException("no finance check run " + id));
    }

    /** The most recent run. */
    @Transactional(readOnly = true)
    public FinanceCheckRun latest() {
        return runs.findFirstByOrderByIdDesc()
                .orElseThrow(() -> new FinanceCheckNotFoundException(
                        "no finance check has been run yet: POST /api/finance/checks"));
    }

    /** The flags of a run, optionally only those of one fund and one severity. */
    @Transactional(readOnly = true)
    public List<FinanceFlagRecord> flags(FinanceCheckRun run, String fund, Severity severity) {
        return flags.findByRunIdOrderByIdAsc(run.getId()).stream()
                .filter(flag -> fund == null || fund.equals(flag.getFundRef()))
                .filter(flag -> severity == null || severity == flag.getSeverity())
                .toList();
    }

    private static int count(List<FinanceFlag> flags, Severity severity) {
        return (int) flags.stream().filter(flag -> flag.severity() == severity).count();
    }

    private static AuditEntry checked(FinanceCheckRun run) {
        String scope = (run.getScopeFund() == null ? "every fund" : "fund " + run.getScopeFund())
                + (run.getScopeYear() == null ? "" : " in " + run.getScopeYear());
        return AuditEntry.of(
                        AuditAction.FINANCE_CHECK,
                        "finance-check",
                        run.getId(),
                        "Finance check " + run.getId() + " of " + scope + ": " + run.getItemsChecked() + " items, "
                                + run.getFlagCount() + " flags (" + run.getBreaches() + " breach) on rules "
                                + run.getRuleSetLabel())
                .ruleSet(run.getRuleSetDigest())
                .detail("fund", run.getScopeFund())
                .detail("year", run.getScopeYear())
                .detail("asOf", run.getAsOf().toString())
                .detail("ruleSetLabel", run.getRuleSetLabel())
                .detail("itemsChecked", run.getItemsChecked())
                .detail("flags", run.getFlagCount())
                .detail("breaches", run.getBreaches())
                .detail("needsApproval", run.getNeedsApproval())
                .detail("warnings", run.getWarnings());
    }
}
