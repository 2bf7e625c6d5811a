package org.tierwise.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tierwise.audit.Actors;

/**
 * Holds the rule set that is live and swaps it atomically on reload. A failed compile leaves the
 * live rule set untouched; evaluations already running keep the snapshot they started with.
 */
@Component
public class LiveRules {

    private static final Logger log = LoggerFactory.getLogger(LiveRules.class);

    private final RuleSetCompiler compiler;
    private final RuleSetVersions versions;
    private final RuleChanges changes;
    private final Path dir;
    private final AtomicReference<RuleSet> live = new AtomicReference<>();

    LiveRules(RuleSetCompiler compiler, RuleSetVersions versions, RuleChanges changes, RulesProperties properties) {
        this.compiler = compiler;
        this.versions = versions;
        this.changes = changes;
        this.dir = properties.dir();
        RuleSources sources = RuleSources.read(dir);
        Compilation compilation = compiler.compile(sources);
        compilation.warnings().forEach(warning -> log.warn("Rules: {}", warning));
        if (!compilation.succeeded() && properties.failOnErrorAtStartup()) {
            throw new RuleCompilationException(compilation.errors());
        }
        if (compilation.succeeded()) {
            String previous = versions.history(1).stream()
                    .findFirst()
                    .map(RuleSetVersions.Activation::digest)
                    .orElse(null);
            RuleSet approved = heldBack(previous, sources);
            if (approved != null) {
                compiler.release(compilation.ruleSet());
                live.set(approved);
            } else {
                live.set(compilation.ruleSet());
                versions.recordIfNew(compilation.ruleSet(), "startup");
                changes.activated(
                        previous, sources, compilation.ruleSet().rules().size(), Actors.SYSTEM, "startup");
            }
        } else {
            compilation.errors().forEach(error -> log.error("Rules: {}", error));
            log.error("Rules in {} do not compile; serving an empty rule set until they are fixed and reloaded", dir);
            live.set(compiler.compile(new RuleSources(dir, List.of(), List.of(), Set.of()))
                    .orThrow());
        }
        log.info("Rules: {} from {}", live.get(), dir.toAbsolutePath().normalize());
    }

    /**
     * When a second approval is required and the files on disk are not the rule set that was live
     * last, that rule set (from its recorded files) is live again and the files on disk are proposed,
     * so a restart does not bypass the approval; null otherwise.
     */
    private RuleSet heldBack(String previous, RuleSources onDisk) {
        if (!changes.approvalRequired()
                || previous == null
                || previous.equals(onDisk.version().digest())) {
            return null;
        }
        return changes.recordedSources(previous, dir)
                .map(recorded -> {
                    RuleSet ruleSet = compiler.compile(recorded, false).orThrow();
                    RuleChange change = changes.proposed(previous, onDisk, Actors.SYSTEM);
                    log.warn(
                            "Rules: the files in {} changed while the service was stopped; rule set {} stays live"
                                    + " and the change waits for approval as rule change {}",
                            dir,
                            ruleSet.version(),
                            change.id());
                    return ruleSet;
                })
                .orElse(null);
    }

    /** The live rule set: take it once per evaluation, as a snapshot. */
    public RuleSet current() {
        return live.get();
    }

    /** The directory the live rules are read from. */
    public Path directory() {
        return dir;
    }

    /**
     * Compiles the rules directory on the side and, if it compiles, makes it live; or, when a second
     * approval is required, records it as a pending rule change and leaves the live rules as they are.
     *
     * @param activatedBy who asked: {@link Actors#SYSTEM} for the watcher, or the user's name
     * @throws RuleCompilationException with every error, leaving the live rule set as it was
     */
    public synchronized Reload reload(String activatedBy) {
        RuleSources sources = RuleSources.read(dir);
        RuleSet before = live.get();
        if (sources.version().digest().equals(before.version().digest())) {
            // Cases files are not part of the version: an edit to one alone is checked here.
            List<RuleProblem> cases = compiler.casesProblems(before);
            if (!cases.isEmpty()) {
                changes.refused(sources.version(), before.version().digest(), cases, activatedBy);
                throw new RuleCompilationException(cases);
            }
            return new Reload(before.version(), before.version(), before.rules().size(), List.of(), null);
        }
        Compilation compilation = compiler.compile(sources);
        if (!compilation.succeeded()) {
            changes.refused(sources.version(), before.version().digest(), compilation.errors(), activatedBy);
        }
        RuleSet next = compilation.orThrow();
        if (changes.approvalRequired()) {
            compiler.release(next);
            RuleChange proposed = changes.proposed(before.version().digest(), sources, activatedBy);
            log.info("Rules changed by {}: {} waits for approval as rule change {}", activatedBy, next, proposed.id());
            return new Reload(
                    before.version(), before.version(), before.rules().size(), compilation.warnings(), proposed);
        }
        activate(next, activatedBy);
        RuleChange change = changes.activated(
                before.version().digest(), sources, next.rules().size(), activatedBy, "reload");
        log.info("Rules reloaded by {}: {} (was {})", activatedBy, next, before.version());
        return new Reload(before.version(), next.version(), next.rules().size(), compilation.warnings(), change);
    }

    /**
     * A second POLICY user approves a pending rule change: the rules it proposed go live. A change
     * found on disk ({@link RuleChange#approvalsNeeded()} 2) goes live at the second of two distinct
     * approvers; the first approval is recorded and the change stays pending.
     *
     * @throws RuleChangeForbiddenException when the approver proposed the change, or already approved it
     * @throws RuleChangeConflictException when it is not pending, or the files on disk or the live
     *     rules are no longer those it was proposed for
     */
    public synchronized Reload approve(long changeId, String approver) {
        RuleChange change = changes.pendingChange(changeId);
        if (change.proposedBy().equals(approver)) {
            throw new RuleChangeForbiddenException("rule change " + changeId + " was proposed by " + approver
                    + "; a second POLICY user must approve it");
        }
        RuleSet before = live.get();
        if (!before.version().digest().equals(change.beforeDigest())) {
            throw new RuleChangeConflictException("rule change " + changeId + " was proposed to replace rule set "
                    + change.beforeDigest().substring(0, 12) + ", but " + before.version() + " is live now");
        }
        RuleSources sources = RuleSources.read(dir);
        if (!sources.version().digest().equals(change.afterDigest())) {
            throw new RuleChangeConflictException("the rule files changed since rule change " + changeId
                    + " was proposed (on disk now: " + sources.version().shortDigest() + ", proposed: "
                    + change.afterDigest().substring(0, 12) + "); reload to propose them again");
        }
        if (approver.equals(change.firstApprovedBy())) {
            throw new RuleChangeForbiddenException("rule change " + changeId + " was found on disk and already"
                    + " approved by " + approver + "; a second, different POLICY user must approve it");
        }
        Compilation compilation = compiler.compile(sources);
        RuleSet next = compilation.orThrow();
        if (change.approvalsNeeded() == 2 && change.firstApprovedBy() == null) {
            compiler.release(next);
            RuleChange first = changes.firstApproval(change, approver);
            log.info("Rule change {} found on disk approved by {}; it waits for a second approver", changeId, approver);
            return new Reload(before.version(), before.version(), before.rules().size(), compilation.warnings(), first);
        }
        activate(next, approver);
        changes.approved(change, next.rules().size(), approver);
        log.info("Rule change {} by {} approved by {}: {} is live", changeId, change.proposedBy(), approver, next);
        return new Reload(
                before.version(),
                next.version(),
                next.rules().size(),
                compilation.warnings(),
                changes.find(changeId).orElseThrow());
    }

    /** Rejects a pending rule change: the live rules stay as they are. */
    public synchronized RuleChange reject(long changeId, String by, String reason) {
        return changes.rejected(changeId, by, reason == null || reason.isBlank() ? null : reason.trim());
    }

    private void activate(RuleSet next, String activatedBy) {
        RuleSet before = live.getAndSet(next);
        compiler.release(before);
        versions.recordIfNew(next, activatedBy);
    }

    /**
     * What a reload did: the version before and after, any warnings, and the rule change it recorded
     * (applied, or pending a second approval; null when the files had not changed).
     */
    public record Reload(
            RuleSetVersion previous,
            RuleSetVersion version,
            int ruleCount,
            List<RuleProblem> warnings,
            RuleChange change) {

        @JsonProperty
        public boolean changed() {
            return !previous.equals(version);
        }

        /** True when the changed rules wait for a second POLICY user's approval. */
        @JsonProperty
        public boolean pendingApproval() {
            return change != null && change.status() == RuleChange.Status.PENDING;
        }
    }
}
