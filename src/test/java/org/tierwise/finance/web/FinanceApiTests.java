package org.tierwise.finance.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tierwise.imports.ImportService;

/** The finance API over the fixtures: run a check, read it, filter its flags, export them. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:FinanceApiTests;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinanceApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportService imports;

    @BeforeAll
    void importFixtures() throws Exception {
        imports.importPath(Path.of("fixtures/finance"));
    }

    @Test
    void runsACheckOverEverythingAndReturnsItsFlags() throws Exception {
        String location = mvc.perform(post("/api/finance/checks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.itemsChecked").value(7))
                // DOR-02 VAT review (FIN-015), NOTT-01 class (FIN-024), ROTH-01 0.1% uncheckable (FIN-026),
                // ROTH-02 virement not covered by the forum's approval of another class (FIN-002, FIN-012)
                .andExpect(jsonPath("$.flagCount").value(5))
                .andExpect(jsonPath("$.warnings").value(4))
                .andExpect(jsonPath("$.breaches").value(0))
                .andReturn()
                .getResponse()
                .getHeader("Location");

        mvc.perform(get(location))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.run.ruleSetDigest").isString())
                .andExpect(jsonPath("$.flags", hasSize(5)))
                .andExpect(jsonPath("$.flags[?(@.ruleId == 'FIN-015')].itemRef")
                        .value(org.hamcrest.Matchers.contains("DOR-02")))
                .andExpect(jsonPath("$.flags[?(@.ruleId == 'FIN-015')].severity")
                        .value(org.hamcrest.Matchers.contains("WARNING")))
                .andExpect(jsonPath("$.flags[?(@.ruleId == 'FIN-015')].regulation")
                        .value(org.hamcrest.Matchers.contains(containsString("VAT Act 1994"))))
                .andExpect(jsonPath("$.flags[?(@.ruleId == 'FIN-015')].facts[0]")
                        .value(org.hamcrest.Matchers.contains(containsString("DOR-02"))));
    }

    @Test
    void filtersTheLatestRunsFlagsByFundAndSeverityAndExportsThemAsCsv() throws Exception {
        mvc.perform(post("/api/finance/checks")).andExpect(status().isCreated());

        mvc.perform(get("/api/finance/flags").param("severity", "warning")).andExpect(jsonPath("$.flags", hasSize(4)));
        mvc.perform(get("/api/finance/flags").param("severity", "BREACH")).andExpect(jsonPath("$.flags", hasSize(0)));
        mvc.perform(get("/api/finance/flags").param("fund", "NOTT-SSR-2015-16"))
                .andExpect(jsonPath("$.flags", hasSize(1)))
                .andExpect(jsonPath("$.flags[0].ruleId").value("FIN-024"));
        mvc.perform(get("/api/finance/flags.csv").param("fund", "DOR-SSIF-2018-19"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(content().string(startsWith(FlagsCsv.HEADER + "\r\n")))
                .andExpect(content().string(containsString("\"DOR-02\",\"DOR-SSIF-2018-19\",\"WARNING\",\"FIN-015\"")));
    }

    @Test
    void runsACheckOverOneFinancialYear() throws Exception {
        mvc.perform(post("/api/finance/checks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":\"2013-14\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.scopeYear").value("2013-14"))
                .andExpect(jsonPath("$.itemsChecked").value(1))
                // ROTH-01: the 0.1% limit of SI 2012/2991 Sch 2 para 4(e) needs the schools budget (FIN-026)
                .andExpect(jsonPath("$.flagCount").value(1));
    }

    @Test
    void answersBadRequestsWithProblemDetails() throws Exception {
        mvc.perform(post("/api/finance/checks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fund\":\"NO-SUCH\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("no fund 'NO-SUCH'")));
        mvc.perform(get("/api/finance/flags").param("severity", "SEVERE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("BREACH, NEEDS_APPROVAL, WARNING")));
        mvc.perform(get("/api/finance/checks/99999"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Finance check not found"));
    }

    @Test
    void refusesAMalformedSpendingUploadNamingLineAndField() throws Exception {
        byte[] bad = ("ITEM_REF,FUND_REF,KIND,AMOUNT,DATE,PURPOSE,CATEGORY,RECIPIENT,RECIPIENT_TYPE\n"
                        + "Z1,DOR-SSIF-2018-19,PAYMENT,lots,2019-01-01,Support,SCHOOL_IMPROVEMENT,A school,MAINTAINED_SCHOOL\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        mvc.perform(multipart("/api/imports/finance-spending")
                        .file(new MockMultipartFile("file", "bad.csv", "text/csv", bad)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("AMOUNT"))
                .andExpect(jsonPath("$.errors[0].value").value("lots"));
    }
}
