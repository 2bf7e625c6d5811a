package org.tierwise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hostile text in the data (a school's name, a concern, an override's reason, a supporter's name,
 * a spending item) is shown as text on every page and cannot run as a formula when a CSV export is
 * opened in a spreadsheet.
 */
@SpringBootTest(
        properties = {
            "tierwise.fixtures.load-on-empty=true",
            "spring.datasource.url=jdbc:h2:mem:HostileOutputTests;DB_CLOSE_DELAY=-1"
        })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileOutputTests {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
    private static final String SCHOOL = "=HYPERLINK(\"http://evil.example\") " + SCRIPT;

    @Autowired
    MockMvc mvc;

    @BeforeAll
    void hostileData() throws Exception {
        importFile(
                "schools",
                "register.csv",
                "URN,SCHNAME,SCHOOLTYPE\n117083,\"" + SCHOOL.replace("\"", "\"\"") + "\",Community school\n");
        importFile(
                "finance-spending",
                "spending.csv",
                "ITEM_REF,FUND_REF,KIND,AMOUNT,DATE,PURPOSE,CATEGORY,RECIPIENT,RECIPIENT_TYPE\n"
                        + "=HACK-01,DOR-SSIF-2018-19,PURCHASE,1000,2019-01-15,+purpose " + SCRIPT
                        + ",SCHOOL_IMPROVEMENT,@recipient " + SCRIPT + ",TRUST\n");
        json(
                post("/api/schools/117083/intelligence"),
                "{\"kind\":\"OTHER\",\"recordedOn\":\"2019-01-08\",\"note\":\"-note " + SCRIPT.replace("\"", "\\\"")
                        + "\",\"recordedBy\":\"" + SCRIPT + "\"}");
        json(post("/api/tiering/runs"), "{\"la\":919,\"academicYear\":\"2018-19\"}");
        json(
                post("/api/tiering/runs/1/overrides"),
                "{\"urn\":117083,\"tier\":\"INTERVENTION\",\"reason\":\"@SUM(1+1) " + SCRIPT + "\"}");
        json(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/supporters/TS01"),
                "{\"id\":\"TS01\",\"name\":\"+supporter " + SCRIPT + "\",\"role\":\"TEACHING_SCHOOL\","
                        + "\"homeUrn\":117220,\"phases\":[\"PRIMARY\"],\"specialisms\":[\"LEADERSHIP\"],"
                        + "\"capacityDeployments\":2}");
        json(post("/api/brokering/runs"), "{}");
        json(post("/api/finance/checks"), "{}");
    }

    @Test
    void theTieringExportPrefixesEveryCellASpreadsheetWouldRun() throws Exception {
        List<CSVRecord> rows = csv("/api/tiering/runs/1/export.csv");
        assertThat(rows).hasSizeGreaterThan(400);
        assertNoFormula(rows);
        assertThat(rows).anySatisfy(row -> assertThat(row.toList()).contains("'" + SCHOOL));
        assertThat(rows)
                .anySatisfy(row -> assertThat(String.join(",", row.toList())).contains("'@SUM(1+1)"));
    }

    @Test
    void theFinanceFlagsExportPrefixesEveryCellASpreadsheetWouldRun() throws Exception {
        List<CSVRecord> rows = csv("/api/finance/flags.csv");
        assertNoFormula(rows);
        assertThat(rows).anySatisfy(row -> assertThat(row.toList()).contains("'=HACK-01"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/schools/117083",
                "/schools?q=117083",
                "/tiering",
                "/tiering/runs/1",
                "/brokering/runs/1",
                "/finance",
                "/rules"
            })
    void pagesShowHostileTextEscaped(String page) throws Exception {
        String html = mvc.perform(get(page).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain(SCRIPT).doesNotContain("<script>alert");
    }

    @Test
    void theHostileTextIsThereToBeEscaped() throws Exception {
        // The pages above show it: escaped, not dropped.
        assertThat(page("/schools/117083")).contains(ESCAPED + "</").contains("-note " + ESCAPED);
        assertThat(page("/tiering/runs/1")).contains(ESCAPED);
        assertThat(page("/finance")).contains(ESCAPED);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).accept(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static void assertNoFormula(List<CSVRecord> rows) {
        for (CSVRecord row : rows) {
            for (String cell : row) {
                assertThat(cell)
                        .as("line %d", row.getRecordNumber() + 1)
                        .doesNotStartWith("=")
                        .doesNotStartWith("+")
                        .doesNotStartWith("-")
                        .doesNotStartWith("@")
                        .doesNotStartWith("\t")
                        .doesNotStartWith("\r");
            }
        }
    }

    private List<CSVRecord> csv(String path) throws Exception {
        String text = mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    private void importFile(String kind, String name, String csv) throws Exception {
        mvc.perform(multipart("/api/imports/" + kind)
                        .file(new MockMultipartFile("file", name, "text/csv", csv.getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isOk());
    }

    private void json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body)
            throws Exception {
        mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is2xxSuccessful());
    }
}
