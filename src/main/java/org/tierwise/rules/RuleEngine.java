package org.tierwise.rules;

import java.time.LocalDate;
import java.util.Collection;
import org.kie.api.runtime.KieSession;
import org.springframework.stereotype.Service;

/**
 * Runs rules over facts: the one evaluation path every feature, what-if and cases run use. Each
 * evaluation gets its own short-lived session on a snapshot of a rule set, so a reload never
 * changes an evaluation already running.
 */
@Service
public class RuleEngine {

    private final LiveRules liveRules;
    private final int maxFirings;

    RuleEngine(LiveRules liveRules, RulesProperties properties) {
        this.liveRules = liveRules;
        this.maxFirings = properties.maxFirings();
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
     * @throws RuleEvaluationException when a rule throws or keeps firing past {@code max-firings}
     */
    public Evaluation evaluate(RuleSet ruleSet, Collection<?> facts, LocalDate asOf) {
        KieSession session = ruleSet.kieBase().newKieSession();
        EvaluationListener listener = new EvaluationListener(ruleSet);
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
        } catch (RuleEvaluationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failed(listener.firing(), e, ruleSet);
        } finally {
            session.dispose();
        }
    }

    private RuleEvaluationException runaway(FiredRule rule, RuleSet ruleSet) {
        return new RuleEvaluationException(
                "Rule \"" + rule.ruleName() + "\" (" + rule.ruleId() + ", " + rule.file() + ") kept firing: "
                        + "the evaluation stopped after " + maxFirings + " firings (tierwise.rules.max-firings)."
                        + " Does it change a fact it matches without a guard? Rules " + ruleSet.version(),
                rule,
                null);
    }

    private static RuleEvaluationException failed(FiredRule rule, RuntimeException e, RuleSet ruleSet) {
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
