package org.tierwise.rules.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tierwise.rules.Evaluation;
import org.tierwise.rules.LiveRules;
import org.tierwise.rules.RuleDirs;
import org.tierwise.rules.RuleEngine;
import org.tierwise.rules.RuleFireCounts;
import org.tierwise.rules.testfacts.Flag;
import org.tierwise.rules.testfacts.Item;
import org.tierwise.rules.whatif.WhatIfOutcome;
import org.tierwise.rules.whatif.WhatIfSubject;

@SpringBootTest
@AutoConfigureMockMvc
class RulesApiControllerTests {

    private static final Path DIR = createRulesDir();
    private static final Path CANDIDATES = createCandidatesDir();
    private static final List<Item> ITEMS = List.of(new Item("A", 75), new Item("B", 95));
    private static final LocalDate AS_OF = LocalDate.of(2020, 6, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    RuleEngine engine;

    @Autowired
    LiveRules liveRules;

    @Autowired
    RuleFireCounts fireCounts;

    @DynamicPropertySource
    static void rulesDirectory(DynamicPropertyRegistry registry) {
        registry.add("tierwise.rules.dir", DIR::toString);
        registry.add("tierwise.rules.candidates-dir", CANDIDATES::toString);
        // The sample rule set's cases use test facts (items) that the service's features do not read.
        registry.add("tierwise.rules.cases-required", () -> "false");
    }

    @BeforeEach
    void sampleRules() throws Exception {
        RuleDirs.write(
                DIR, "flags/scores.drl", RuleDirs.read(Path.of("src/test/resources/rulesets/sample/flags/scores.drl")));
        mvc.perform(post("/api/rules/reload")).andExpect(status().isOk());
    }

    @Test
    void reloadMakesTheEditedRuleLiveWithANewVersion() throws Exception {
        String before = liveRules.current().version().digest();
        editScores("score >= 90", "score >= 70");

        mvc.perform(post("/api/rules/reload"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.previous.digest").value(before))
                .andExpect(jsonPath("$.version.digest").value(not(before)))
                .andExpect(jsonPath("$.changed").value(true));

        Evaluation evaluation = engine.evaluate(ITEMS, AS_OF);
        assertThat(evaluation.outcomes(Flag.class)).extracting(Flag::itemId).containsExactly("A", "B");
        assertThat(evaluation.version().digest()).isNotEqualTo(before);
        mvc.perform(get("/api/rules/versions"))
                .andExpect(jsonPath("$[0].digest").value(evaluation.version().digest()))
                .andExpect(jsonPath("$[0].activatedBy").value("lead"));
    }

    @Test
    void reloadOfBrokenRulesAnswers422WithLocatedErrorsAndKeepsTheOldRules() throws Exception {
        String before = liveRules.current().version().digest();
        editScores("$i : Item( score >= 90 )", "$i : Item( grade >= 90 )");

        mvc.perform(post("/api/rules/reload"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("The rules do not compile"))
                .andExpect(jsonPath(
                        "$.errors", contains(startsWith("flags/scores.drl:29:16 unknown field 'grade' of Item"))));

        assertThat(engine.evaluate(ITEMS, AS_OF).version().digest()).isEqualTo(before);
    }

    @Test
    void validateReportsErrorsWithoutActivating() throws Exception {
        String before = liveRules.current().version().digest();
        editScores("$i : Item( score >= 90 )", "$i : Itemz( score >= 90 )");

        mvc.perform(post("/api/rules/validate")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.errors[*].file", everyItem(is("flags/scores.drl"))))
                .andExpect(jsonPath("$.errors[*].line", hasItem(29)));
        assertThat(liveRules.current().version().digest()).isEqualTo(before);
    }

    @Test
    void validateAcceptsUploadedFilesNamedByPath() throws Exception {
        byte[] drl = Files.readAllBytes(DIR.resolve("flags/scores.drl"));

        mvc.perform(multipart("/api/rules/validate")
                        .file(new MockMultipartFile("files", "flags/scores.drl", "text/plain", drl)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.warnings[0].message", startsWith("no cases file")));
    }

    @Test
    void catalogueListsRulesWithFiringsInTheLatestRunOfEachKind() throws Exception {
        Evaluation evaluation = engine.evaluate(ITEMS, AS_OF);
        fireCounts.record("scoring", "run-1", evaluation.version(), Map.of("T-002", 5L));
        fireCounts.record("scoring", "run-2", evaluation);

        mvc.perform(get("/api/rules"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rules", hasSize(2)))
                .andExpect(jsonPath("$.rules[0].rule.id").value("T-001"))
                .andExpect(jsonPath("$.rules[0].rule.line").value(14))
                .andExpect(jsonPath("$.rules[0].rule.salience").value("10"))
                .andExpect(jsonPath("$.rules[0].firedInLatestRun.scoring").value(0))
                .andExpect(jsonPath("$.rules[1].firedInLatestRun.scoring").value(1));
    }

    @Test
    void whatIfListsEveryDecisionACandidateWouldChange() throws Exception {
        RuleDirs.write(
                CANDIDATES.resolve("lower-threshold"),
                "flags/scores.drl",
                RuleDirs.read(DIR.resolve("flags/scores.drl")).replace("score >= 90", "score >= 70"));

        mvc.perform(post("/api/rules/what-if")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rules\": \"lower-threshold\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changes", hasSize(1)))
                .andExpect(jsonPath("$.changes[0].subject").value("scores"))
                .andExpect(jsonPath("$.changes[0].key").value("item A"))
                .andExpect(jsonPath("$.changes[0].before").doesNotExist())
                .andExpect(jsonPath("$.changes[0].after.summary").value("HIGH"))
                .andExpect(jsonPath("$.changes[0].after.ruleIds[0]").value("T-002"));
    }

    @Test
    void whatIfOfAMissingCandidateAnswers400NamingIt() throws Exception {
        mvc.perform(post("/api/rules/what-if")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rules\": \"no-such-candidate\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.detail").value("No rules directory at " + CANDIDATES.resolve("no-such-candidate")));
    }

    @Test
    void noRequestNamesADirectoryOutsideTheCandidatesDirectory() throws Exception {
        Path elsewhere = RuleDirs.copy("sample", Files.createTempDirectory("elsewhere"));
        Files.createSymbolicLink(CANDIDATES.resolve("link-out"), elsewhere);
        for (String outside :
                List.of(elsewhere.toString(), "../" + elsewhere.getFileName(), "..", "link-out", "/etc")) {
            for (String endpoint : List.of("/api/rules/what-if", "/api/rules/validate")) {
                String field = endpoint.endsWith("what-if") ? "rules" : "dir";
                mvc.perform(post(endpoint)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"" + field + "\": \"" + outside + "\"}"))
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.detail", startsWith("Candidate rules must be a directory under ")));
            }
            mvc.perform(get("/rules/what-if").param("rules", outside))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Candidate rules must be a directory under ")));
        }
    }

    @Test
    void aCandidateWhoseFileLinksOutsideItIsRefused() throws Exception {
        Path outside = Files.createTempFile("outside", ".drl");
        Files.writeString(outside, RuleDirs.read(DIR.resolve("flags/scores.drl")));
        Path linked = RuleDirs.copy("sample", CANDIDATES.resolve("linked"));
        Files.delete(linked.resolve("flags/scores.drl"));
        Files.createSymbolicLink(linked.resolve("flags/scores.drl"), outside);

        for (String endpoint : List.of("/api/rules/validate", "/api/rules/what-if", "/api/rules/cases/run")) {
            String field = endpoint.endsWith("validate") ? "dir" : "rules";
            mvc.perform(post(endpoint)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"" + field + "\": \"linked\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail", containsString("flags/scores.drl")))
                    .andExpect(jsonPath("$.detail", containsString("is a symbolic link to")));
        }
    }

    @Test
    void validateTakesTheLiveDirectoryOrACandidate() throws Exception {
        RuleDirs.write(
                CANDIDATES.resolve("broken"),
                "flags/scores.drl",
                RuleDirs.read(DIR.resolve("flags/scores.drl")).replace("Item(", "Itemz("));
        mvc.perform(post("/api/rules/validate")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dir\": \"broken\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false));
        mvc.perform(post("/api/rules/validate")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dir\": \"" + DIR + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true));
    }

    @Test
    void editsOnDiskThatAreNotLiveNeverRunFromCasesOrWhatIf() throws Exception {
        String live = liveRules.current().version().digest();
        editScores("score >= 90", "score >= 10");

        mvc.perform(post("/api/rules/cases/run"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version.digest").value(live));
        mvc.perform(get("/rules/cases")).andExpect(status().isOk());
        for (String named : List.of(DIR.toString(), "../" + DIR.getFileName())) {
            mvc.perform(post("/api/rules/what-if")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"rules\": \"" + named + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail", containsString("is the live rules directory")));
            mvc.perform(post("/api/rules/cases/run")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"rules\": \"" + named + "\"}"))
                    .andExpect(status().isBadRequest());
        }
        assertThat(liveRules.current().version().digest()).isEqualTo(live);
    }

    @Test
    void casesRunOnANamedCandidate() throws Exception {
        RuleDirs.copy("sample", CANDIDATES.resolve("draft"));
        RuleDirs.write(
                CANDIDATES.resolve("draft"),
                "flags/scores.drl",
                RuleDirs.read(DIR.resolve("flags/scores.drl")).replace("score >= 90", "score >= 10"));

        mvc.perform(post("/api/rules/cases/run")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rules\": \"draft\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$.version.digest", not(liveRules.current().version().digest())))
                .andExpect(jsonPath("$.cases", hasSize(3)));
    }

    private void editScores(String from, String to) {
        Path file = DIR.resolve("flags/scores.drl");
        RuleDirs.write(DIR, "flags/scores.drl", RuleDirs.read(file).replace(from, to));
    }

    private static Path createCandidatesDir() {
        try {
            return Files.createTempDirectory("rules-candidates");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path createRulesDir() {
        try {
            return RuleDirs.copy("sample", Files.createTempDirectory("rules-api"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestConfiguration
    static class ScoresWhatIf {

        /** A what-if subject over fixed items, deciding each item's flags through the real engine. */
        @Bean
        WhatIfSubject scores(RuleEngine engine) {
            return new WhatIfSubject() {
                @Override
                public String name() {
                    return "scores";
                }

                @Override
                public Map<String, WhatIfOutcome> outcomes(org.tierwise.rules.RuleSet ruleSet) {
                    return engine.evaluate(ruleSet, ITEMS, AS_OF).outcomes(Flag.class).stream()
                            .collect(Collectors.toMap(
                                    flag -> "item " + flag.itemId(),
                                    flag -> new WhatIfOutcome(
                                            flag.level(),
                                            List.of(flag.explanation().ruleId()))));
                }
            };
        }
    }
}
