package org.tierwise.rules;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code tierwise.rules}: where the rule files live and how the engine guards itself.
 *
 * @param dir the rules directory on disk (never the jar), so policy staff edit without a rebuild
 * @param watch reload automatically when a file under {@code dir} changes
 * @param watchDelay how long the directory must stay quiet before a watched change is reloaded
 * @param maxFirings the most rule firings one evaluation may make before it is stopped as runaway
 * @param failOnErrorAtStartup refuse to start when the rules do not compile (off for CLI commands)
 * @param candidatesDir where candidate rule sets for what-if and validation live on the server: a
 *     request names one of its directories, never an arbitrary path (see {@link CandidateRules})
 * @param evaluationTimeLimit the longest one evaluation (a batch of schools, one brokering target, a
 *     case, a what-if batch) may run before it is stopped and the rule running named
 * @param evaluationThreads the threads evaluations run on, apart from the request threads, so a slow
 *     rule can hold at most these and never the threads that answer requests
 * @param casesRequired every rule file needs a cases file, read strictly, with a case where each
 *     {@code @id} fires and one where it must not, for the rules to compile (check-rules, reload,
 *     start-up); off only for tests of throwaway rule sets
 */
@ConfigurationProperties("tierwise.rules")
public record RulesProperties(
        @DefaultValue("./rules") Path dir,
        @DefaultValue("false") boolean watch,
        @DefaultValue("500ms") Duration watchDelay,
        @DefaultValue("100000") int maxFirings,
        @DefaultValue("true") boolean failOnErrorAtStartup,
        @DefaultValue("./rules-candidates") Path candidatesDir,
        @DefaultValue("30s") Duration evaluationTimeLimit,
        @DefaultValue("16") int evaluationThreads,
        @DefaultValue("true") boolean casesRequired) {}
