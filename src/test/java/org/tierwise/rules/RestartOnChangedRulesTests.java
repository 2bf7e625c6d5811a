package org.tierwise.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tierwise.RulesCopy;
import org.tierwise.audit.Actors;

/**
 * With a second approval required, a service restarted on rule files edited while it was stopped
 * keeps serving the rule set that was live, rebuilt from its recorded files, and proposes the files
 * on disk as a change, so a restart does not bypass the approval.
 */
@SpringBootTest(properties = "tierwise.rules.require-second-approval=true")
class RestartOnChangedRulesTests {

    private static final Path RULES = RulesCopy.of("tierwise-restart-rules");

    @DynamicPropertySource
    static void rulesDirectory(DynamicPropertyRegistry registry) {
        registry.add("tierwise.rules.dir", RULES::toString);
    }

    @Autowired
    LiveRules running;

    @Autowired
    RuleSetCompiler compiler;

    @Autowired
    RuleSetVersions versions;

    @Autowired
    RuleChanges changes;

    @Autowired
    RulesProperties properties;

    @Test
    void aRestartOnEditedFilesKeepsTheApprovedRulesLiveAndProposesTheEdit() throws Exception {
        RuleSetVersion approved = running.current().version();
        Path parameters = RULES.resolve("parameters/finance.yaml");
        Files.writeString(parameters, Files.readString(parameters) + "# edited while the service was stopped\n");

        LiveRules restarted = new LiveRules(compiler, versions, changes, properties);

        assertThat(restarted.current().version().digest()).isEqualTo(approved.digest());
        assertThat(restarted.current().rules()).hasSameSizeAs(running.current().rules());
        assertThat(changes.pending()).singleElement().satisfies(change -> {
            assertThat(change.proposedBy()).isEqualTo(Actors.SYSTEM);
            assertThat(change.beforeDigest()).isEqualTo(approved.digest());
            assertThat(change.afterDigest())
                    .isEqualTo(RuleSources.read(RULES).version().digest())
                    .isNotEqualTo(approved.digest());
            assertThat(changes.find(change.id()).orElseThrow().files())
                    .singleElement()
                    .satisfies(file -> assertThat(file.diff()).contains("+# edited while the service was stopped"));
        });
        assertThat(versions.history(1).get(0).digest()).isEqualTo(approved.digest());
    }

    @Test
    void aChangeFoundOnDiskNeedsTwoDistinctApproversEvenAfterItWasRejected() throws Exception {
        RuleSetVersion approved = running.current().version();
        Path parameters = RULES.resolve("parameters/tiers.yaml");
        Files.writeString(parameters, Files.readString(parameters) + "# a change nobody proposed\n");
        LiveRules restarted = new LiveRules(compiler, versions, changes, properties);
        long first = changes.pending().get(0).id();
        restarted.reject(first, "policy2", "not agreed");

        LiveRules again = new LiveRules(compiler, versions, changes, properties);
        RuleChange back = changes.pending().get(0);
        assertThat(back.id()).isNotEqualTo(first);
        assertThat(back.approvalsNeeded()).isEqualTo(2);

        LiveRules.Reload once = again.approve(back.id(), "policy");
        assertThat(once.pendingApproval()).isTrue();
        assertThat(again.current().version().digest()).isEqualTo(approved.digest());
        assertThat(changes.find(back.id()).orElseThrow().firstApprovedBy()).isEqualTo("policy");
        assertThatThrownBy(() -> again.approve(back.id(), "policy"))
                .isInstanceOf(RuleChangeForbiddenException.class)
                .hasMessageContaining("a second, different POLICY user must approve it");
        assertThat(again.current().version().digest()).isEqualTo(approved.digest());

        LiveRules.Reload twice = again.approve(back.id(), "policy2");
        assertThat(twice.pendingApproval()).isFalse();
        assertThat(again.current().version().digest()).isEqualTo(back.afterDigest());
        assertThat(changes.find(back.id()).orElseThrow().status()).isEqualTo(RuleChange.Status.APPLIED);
    }
}
