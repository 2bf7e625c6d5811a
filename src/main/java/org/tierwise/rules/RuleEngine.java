package org.tierwise.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.runtime.KieSession;
import org.springframework.stereotype.Service;

/**
 * Runs rules over facts: the one evaluation path every feature, what-if and cases run use. Each
 * evaluation gets its own short-lived session on a snapshot of a rule set, so a reload never
 * changes an evaluation already running. Evaluations run on the engine's own threads, never the
 * caller's, each within {@code tierwise.rules.evaluation-time-limit}: one that runs longer is
 * halted and reported with the rule that was running, and the caller's thread is free again.
 */
@Service
public class RuleEngine implements AutoCloseable {

    /** Evaluations waiting for a thread beyond this are refused rather than queued without end. */
    private static final int MAX_WAITING = 10_000;

    private final LiveRules liveRules;
    private final int maxFirings;
    private final Duration timeLimit;
    private final ThreadPoolExecutor workers;

    RuleEngine(LiveRules liveRules, RulesProperties properties) {
        this.liveRules = liveRules;
        this.maxFirings = properties.maxFirings();
        this.timeLimit = properties.evaluationTimeLimit();
        AtomicInteger threads = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(
                properties.evaluationThreads(),
                properties.evaluationThreads(),
                30,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(MAX_WAITING),
                task -> {
                    Thread thread = new Thread(task, "rules-evaluation-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        workers.allowCoreThreadTimeOut(true);
    }

    /** The rule set evaluations use now. */
    public RuleSet current() {
        return liveRules.current();
    }

    /** Evaluates {@code facts} on the live rule set, as of {@code asOf}. */
    public Evaluation evaluate(Collection<?> facts, LocalDate asOf) {
        return evaluate(liveRules.current(), facts, asOf);
    }

    /**
     * Evaluates {@code facts} on an explicit rule set (a candidate for what-if, or one file's rules
     * for its cases). Inserts {@link AsOf} and every {@link Parameter}.
     *
     * @throws RuleEvaluationException when a rule throws, keeps firing past {@code max-firings} or
     *     runs past {@code evaluation-time-limit}
     */
    public Evaluation evaluate(RuleSet ruleSet, Collection<?> facts, LocalDate asOf) {
        KieSession session = ruleSet.kieBase().newKieSession();
        EvaluationListener listener = new EvaluationListener(ruleSet);
        Future<Evaluation> result;
        try {
            result = workers.submit(() -> run(session, listener, ruleSet, facts, asOf));
        } catch (RejectedExecutionException e) {
            session.dispose();
            throw new RuleEvaluationException(
                    "The rule engine is busy: " + workers.getActiveCount() + " evaluations are running and "
                            + MAX_WAITING + " waiting (tierwise.rules.evaluation-threads); try again shortly",
                    null,
                    e);
        }
        try {
            return result.get(timeLimit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw stopped(session, result, listener, ruleSet, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stopped(session, result, listener, ruleSet, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuleEvaluationException failure) {
                throw failure;
            }
            throw failed(listener.firing(), e.getCause(), ruleSet);
        }
    }

    private Evaluation run(
            KieSession session, EvaluationListener listener, RuleSet ruleSet, Collection<?> facts, LocalDate asOf) {
        try {
            session.addEventListener((org.kie.api.event.rule.AgendaEventListener) listener);
            session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) listener);
            session.insert(new AsOf(asOf));
            // Every dated entry is present: a rule picks the one for the date it is about, which may
            // be the results' academic year rather than the evaluation date.
            ruleSet.parameters().forEach(session::insert);
            facts.forEach(session::insert);
            // One firing over the limit tells a runaway apart from a set that needed exactly the limit.
            int fired = session.fireAllRules(maxFirings + 1);
            if (fired > maxFirings) {
                throw runaway(listener.runaway(), ruleSet);
            }
            return new Evaluation(ruleSet.version(), asOf, listener.outcomes(), listener.fired());
        } finally {
            session.dispose();
        }
    }

    /** Halts an evaluation that ran too long; the session is disposed when its thread lets go of it. */
    private RuleEvaluationException stopped(
            KieSession session,
            Future<Evaluation> result,
            EvaluationListener listener,
            RuleSet ruleSet,
            Exception cause) {
        session.halt();
        result.cancel(true);
        FiredRule running = listener.firing();
        FiredRule last = listener.lastFired();
        String where = running != null
                ? "Rule \"" + running.ruleName() + "\" (" + running.ruleId() + ", " + running.file()
                        + ") was still running"
                : "Matching the facts was still running"
                        + (last == null
                                ? ""
                                : " (the last rule to fire was \"" + last.ruleName() + "\", " + last.ruleId() + ", "
                                        + last.file() + ")");
        return new RuleEvaluationException(
                where + " after " + timeLimit.toMillis() + " ms (tierwise.rules.evaluation-time-limit): the"
                        + " evaluation was stopped. Rules " + ruleSet.version(),
                running != null ? running : last,
                cause);
    }

    /** Stops the evaluation threads when the application closes. */
    @Override
    public void close() {
        workers.shutdownNow();
    }

    private RuleEvaluationException runaway(FiredRule rule, RuleSet ruleSet) {
        return new RuleEvaluationException(
                "Rule \"" + rule.ruleName() + "\" (" + rule.ruleId() + ", " + rule.file() + ") kept firing: "
                        + "the evaluation stopped after " + maxFirings + " firings (tierwise.rules.max-firings)."
                        + " Does it change a fact it matches without a guard? Rules " + ruleSet.version(),
                rule,
                null);
    }

    private static RuleEvaluationException failed(FiredRule rule, Throwable e, RuleSet ruleSet) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String where = rule == null
                ? "Matching the facts failed"
                : "Rule \"" + rule.ruleName() + "\" (" + rule.ruleId() + ", " + rule.file() + ") failed";
        return new RuleEvaluationException(
                where + ": " + root.getClass().getSimpleName() + ": " + root.getMessage() + ". Rules "
                        + ruleSet.version(),
                rule,
                e);
    }
}
