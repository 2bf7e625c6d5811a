package org.tierwise.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tierwise.JsonBody;
import org.tierwise.RulesCopy;
import org.tierwise.TestUsers;
import org.tierwise.rules.LiveRules;

/**
 * With {@code tierwise.rules.require-second-approval} a reload that changes the rules only proposes
 * them: they go live when a second user approves, never on their proposer's word, never when the
 * files changed since, and not at all when rejected.
 */
@SpringBootTest(properties = "tierwise.rules.require-second-approval=true")
@AutoConfigureMockMvc
class RuleChangeApprovalTests {

    private static final Path RULES = RulesCopy.of("tierwise-approval-rules");
    private static final Path FINANCE_PARAMETERS = RULES.resolve("parameters/finance.yaml");

    @DynamicPropertySource
    static void rulesDirectory(DynamicPropertyRegistry registry) {
        registry.add("tierwise.rules.dir", RULES::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    LiveRules liveRules;

    private String original;
    private String liveBefore;

    @BeforeEach
    void remember() throws Exception {
        original = Files.readString(FINANCE_PARAMETERS);
        liveBefore = liveDigest();
    }

    @AfterEach
    void restore() throws Exception {
        Files.writeString(FINANCE_PARAMETERS, original);
    }

    @Test
    void aChangeGoesLiveOnlyWhenASecondUserApprovesIt() throws Exception {
        long change = propose("policy", "# a comment added by pat\n");
        assertThat(liveDigest()).isEqualTo(liveBefore);
        mvc.perform(get("/api/rules/changes/" + change))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.proposedBy").value("policy"))
                .andExpect(jsonPath("$.files[0].path").value("parameters/finance.yaml"))
                .andExpect(jsonPath("$.files[0].diff", containsString("+# a comment added by pat")));

        approve(change, "policy")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("second POLICY user")));
        assertThat(liveDigest()).isEqualTo(liveBefore);

        for (String notPolicy : new String[] {"officer", "commissioner", "finance", "admin"}) {
            approve(change, notPolicy).andExpect(status().isForbidden());
        }
        assertThat(liveDigest()).isEqualTo(liveBefore);

        approve(change, "policy2")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changed").value(true))
                .andExpect(jsonPath("$.change.status").value("APPLIED"))
                .andExpect(jsonPath("$.change.decidedBy").value("policy2"));
        assertThat(liveDigest()).isNotEqualTo(liveBefore);
        mvc.perform(get("/api/rules/versions"))
                .andExpect(jsonPath("$[0].activatedBy").value("policy2"));
        mvc.perform(get("/api/audit").param("subject", "rule-change:" + change))
                .andExpect(jsonPath("$.content[0].action").value("RULE_CHANGE_APPROVED"))
                .andExpect(jsonPath("$.content[0].actor").value("policy2"))
                .andExpect(jsonPath("$.content[0].detail.proposedBy").value("policy"))
                .andExpect(jsonPath("$.content[1].action").value("RULE_CHANGE_PROPOSED"))
                .andExpect(jsonPath("$.content[1].actor").value("policy"));
        approve(change, "lead").andExpect(status().isConflict());

        Files.writeString(FINANCE_PARAMETERS, original);
        long back = propose("policy", "");
        approve(back, "policy2").andExpect(status().isOk());
    }

    @Test
    void aChangeWhoseFilesChangedSinceItWasProposedIsNotApproved() throws Exception {
        long change = propose("policy", "# first edit\n");
        Files.writeString(FINANCE_PARAMETERS, original + "# first edit\n# and an unreviewed second one\n");

        approve(change, "policy2")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("the rule files changed since rule change " + change)));
        assertThat(liveDigest()).isEqualTo(liveBefore);
        reject(change);
    }

    @Test
    void aRejectedChangeNeverGoesLive() throws Exception {
        long change = propose("policy", "# not wanted\n");

        mvc.perform(post("/api/rules/changes/" + change + "/reject")
                        .with(TestUsers.as("policy2"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"no policy behind it\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.decidedBy").value("policy2"))
                .andExpect(jsonPath("$.note").value("no policy behind it"));
        approve(change, "lead")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("REJECTED")));
        assertThat(liveDigest()).isEqualTo(liveBefore);
        mvc.perform(get("/api/rules/changes"))
                .andExpect(jsonPath("$[0].id").value(change))
                .andExpect(jsonPath("$[0].status").value("REJECTED"));
        mvc.perform(get("/api/rules/changes/999999")).andExpect(status().isNotFound());
    }

    @Test
    void thePageShowsAPendingChangeWithItsDiffAndFormsToDecideIt() throws Exception {
        long change = propose("policy", "# seen on the page\n");

        mvc.perform(get("/rules"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"pending-" + change + "\"")))
                .andExpect(content().string(containsString("+# seen on the page")))
                .andExpect(content().string(containsString("action=\"/rules/changes/" + change + "/approve\"")))
                .andExpect(content().string(containsString("action=\"/rules/changes/" + change + "/reject\"")));
        // The pages sign in with a form; a plain principal here is a signed-in user of that name.
        mvc.perform(post("/rules/changes/" + change + "/approve").principal(() -> "policy"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("changeError", containsString("second POLICY user")));
        mvc.perform(post("/rules/changes/" + change + "/reject")
                        .param("reason", "not this term")
                        .principal(() -> "policy2"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", containsString("rejected")));
        assertThat(liveDigest()).isEqualTo(liveBefore);
        mvc.perform(get("/api/rules/changes/" + change))
                .andExpect(jsonPath("$.note").value("not this term"));
    }

    /** Edits the finance parameters and reloads as {@code who}; returns the pending change. */
    private long propose(String who, String appended) throws Exception {
        Files.writeString(FINANCE_PARAMETERS, original + appended);
        return JsonBody.of(mvc.perform(post("/api/rules/reload").with(TestUsers.as(who)))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.changed").value(false))
                        .andExpect(jsonPath("$.pendingApproval").value(true))
                        .andExpect(jsonPath("$.change.status").value("PENDING")))
                .at("/change/id")
                .asLong();
    }

    /** {@code who} approves the change through the API. */
    private ResultActions approve(long change, String who) throws Exception {
        return mvc.perform(post("/api/rules/changes/" + change + "/approve").with(TestUsers.as(who)));
    }

    /** The digest of the rule set that is live now. */
    private String liveDigest() {
        return liveRules.current().version().digest();
    }

    private void reject(long change) throws Exception {
        mvc.perform(post("/api/rules/changes/" + change + "/reject").with(TestUsers.as("policy2")))
                .andExpect(status().isOk());
    }
}
