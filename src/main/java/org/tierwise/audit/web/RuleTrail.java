package org.tierwise.audit.web;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tierwise.audit.AuditAction;
import org.tierwise.audit.AuditEvent;
import org.tierwise.audit.AuditQuery;
import org.tierwise.rules.LiveRules;
import org.tierwise.rules.RuleChange;
import org.tierwise.rules.RuleChanges;
import org.tierwise.rules.RuleInfo;
import org.tierwise.rules.RuleSetVersions;
import org.tierwise.rules.RuleSourceHistory;

/**
 * Answers "who changed this rule and which runs used it": every recorded rule set that held the
 * rule, with the runs that used each, and every change to a file that held it, with its diff.
 */
@Component
class RuleTrail {

    private static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9_.-]{1,100}");
    private static final List<AuditAction> RUNS =
            List.of(AuditAction.TIERING_RUN, AuditAction.BROKERING_RUN, AuditAction.FINANCE_CHECK);

    private final RuleSourceHistory sources;
    private final RuleChanges changes;
    private final RuleSetVersions versions;
    private final LiveRules liveRules;
    private final AuditQuery audit;

    RuleTrail(
            RuleSourceHistory sources,
            RuleChanges changes,
            RuleSetVersions versions,
            LiveRules liveRules,
            AuditQuery audit) {
        this.sources = sources;
        this.changes = changes;
        this.versions = versions;
        this.liveRules = liveRules;
        this.audit = audit;
    }

    /** The rule as it is live now, or null when the live rules do not have it. */
    record LiveRule(String name, String file, int line, String source, String ruleSet) {}

    /** A run that used a rule set holding the rule. */
    record Run(String kind, String runId, String actor, OffsetDateTime at, String summary) {}

    /** A recorded rule set that held the rule: when it went live and by whom, and the runs that used it. */
    record Version(
            String digest,
            String label,
            OffsetDateTime activatedAt,
            String activatedBy,
            boolean live,
            String file,
            List<Run> runs) {}

    /**
     * A change to a file that held the rule.
     *
     * @param ruleEdited whether the rule's own text (from {@code rule} to {@code end}) differs
     * @param files the changed files that held the rule, with their diffs
     */
    record Change(
            long id,
            OffsetDateTime proposedAt,
            String proposedBy,
            RuleChange.Status status,
            String decidedBy,
            OffsetDateTime decidedAt,
            String beforeDigest,
            String afterDigest,
            String note,
            boolean ruleEdited,
            List<RuleChange.FileChange> files) {}

    record Trail(String ruleId, LiveRule live, List<String> files, List<Change> changes, List<Version> versions) {}

    Trail of(String ruleId) {
        if (ruleId == null || !RULE_ID.matcher(ruleId).matches()) {
            throw new IllegalArgumentException(
                    "rule id '" + ruleId + "' is not a rule id such as TIER-003 (letters, digits, '.', '_', '-')");
        }
        Pattern annotation = Pattern.compile("@id\\(\\s*\"" + Pattern.quote(ruleId) + "\"\\s*\\)");
        List<RuleSourceHistory.VersionFile> held =
                sources.filesWhoseContent(content -> annotation.matcher(content).find());
        LiveRule live = liveRules.current().rules().stream()
                .filter(rule -> ruleId.equals(rule.id()))
                .findFirst()
                .map(rule -> live(rule, liveRules.current().version().digest()))
                .orElse(null);
        if (held.isEmpty() && live == null) {
            throw new RuleNotRecordedException(ruleId);
        }
        Set<String> heldAt = held.stream()
                .map(file -> file.ruleSetDigest() + "/" + file.path())
                .collect(Collectors.toSet());
        Set<String> files = held.stream()
                .map(RuleSourceHistory.VersionFile::path)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        List<Change> touching = changes.touching(files).stream()
                .map(change -> change(change, heldAt, annotation))
                .filter(Objects::nonNull)
                .toList();
        return new Trail(ruleId, live, List.copyOf(files), touching, versions(held));
    }

    private List<Version> versions(List<RuleSourceHistory.VersionFile> held) {
        Map<String, String> fileOf = new LinkedHashMap<>();
        held.forEach(file -> fileOf.putIfAbsent(file.ruleSetDigest(), file.path()));
        Map<String, List<Run>> runs = new LinkedHashMap<>();
        for (AuditEvent event : audit.byRuleSets(RUNS, List.copyOf(fileOf.keySet()))) {
            runs.computeIfAbsent(event.ruleSetDigest(), d -> new ArrayList<>())
                    .add(new Run(event.action().name(), event.subjectId(), event.actor(), event.at(), event.summary()));
        }
        String liveDigest = liveRules.current().version().digest();
        Map<String, RuleSetVersions.Activation> firstActivation = new LinkedHashMap<>();
        versions.history(Integer.MAX_VALUE).forEach(a -> firstActivation.put(a.digest(), a)); // oldest wins
        List<Version> result = new ArrayList<>();
        fileOf.forEach((digest, file) -> {
            RuleSetVersions.Activation activation = firstActivation.get(digest);
            result.add(new Version(
                    digest,
                    activation == null ? null : activation.label(),
                    activation == null ? null : activation.activatedAt(),
                    activation == null ? null : activation.activatedBy(),
                    digest.equals(liveDigest),
                    file,
                    runs.getOrDefault(digest, List.of())));
        });
        result.sort((a, b) -> a.activatedAt() == null
                ? (b.activatedAt() == null ? 0 : -1)
                : b.activatedAt() == null ? 1 : b.activatedAt().compareTo(a.activatedAt()));
        return result;
    }

    private Change change(RuleChange change, Set<String> heldAt, Pattern annotation) {
        List<RuleChange.FileChange> files = change.files().stream()
                .filter(file -> heldAt.contains(change.beforeDigest() + "/" + file.path())
                        || heldAt.contains(change.afterDigest() + "/" + file.path()))
                .toList();
        if (files.isEmpty()) {
            return null;
        }
        boolean edited = files.stream()
                .anyMatch(file -> !Objects.equals(
                        ruleText(file.beforeSha256(), annotation), ruleText(file.afterSha256(), annotation)));
        return new Change(
                change.id(),
                change.proposedAt(),
                change.proposedBy(),
                change.status(),
                change.decidedBy(),
                change.decidedAt(),
                change.beforeDigest(),
                change.afterDigest(),
                change.note(),
                edited,
                files);
    }

    /** The text of the rule from its {@code rule "name"} line to its {@code end}, or null. */
    private String ruleText(String sha256, Pattern annotation) {
        if (sha256 == null) {
            return null;
        }
        String content = sources.content(sha256).orElse("");
        Matcher matcher = annotation.matcher(content);
        if (!matcher.find()) {
            return null;
        }
        int start = content.lastIndexOf("\nrule ", matcher.start());
        Matcher end = Pattern.compile("(?m)^end\\b").matcher(content);
        int stop = end.find(matcher.end()) ? end.end() : content.length();
        return content.substring(start < 0 ? 0 : start + 1, stop);
    }

    private static LiveRule live(RuleInfo rule, String digest) {
        return new LiveRule(rule.name(), rule.file(), rule.line(), rule.source(), digest);
    }
}
