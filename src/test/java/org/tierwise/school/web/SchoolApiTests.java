package org.tierwise.school.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tierwise.school.Ks4ResultRepository;

/** The schools and imports API over the fixtures, loaded as on a first start. */
@SpringBootTest(
        properties = {
            "tierwise.fixtures.load-on-empty=true",
            "spring.datasource.url=jdbc:h2:mem:SchoolApiTests;DB_CLOSE_DELAY=-1"
        })
@AutoConfigureMockMvc
class SchoolApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Ks4ResultRepository ks4;

    @Test
    void returnsASchoolWithItsOfstedGradeAndResultsForEachYear() throws Exception {
        mvc.perform(get("/api/schools/117552"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.school.name").value("The Astley Cooper School"))
                .andExpect(jsonPath("$.inspections[0].overallEffectiveness").isNumber())
                .andExpect(jsonPath("$.ks4[0].academicYear").value("2022-23"))
                .andExpect(jsonPath("$.ks4[0].progress8").value(-0.82))
                .andExpect(jsonPath("$.ks4[0].progress8Upper").value(-0.57))
                .andExpect(jsonPath("$.ks4[?(@.academicYear == '2018-19')].progress8")
                        .value(hasItem(-0.25)));
        mvc.perform(get("/api/schools/117083"))
                .andExpect(jsonPath("$.inspections[1].inspectionDate").value("2018-01-16"))
                .andExpect(jsonPath("$.inspections[1].overallEffectivenessName").value("GOOD"))
                .andExpect(jsonPath("$.ks2[0].academicYear").value("2022-23"))
                .andExpect(jsonPath("$.ks2[0].rwmExpected").value(62))
                .andExpect(jsonPath("$.ks2[1].academicYear").value("2018-19"))
                .andExpect(jsonPath("$.ks2[1].readingProgress").value(1.3));
    }

    @Test
    void showsASuppressedFigureAsNotPublishedWithItsReason() throws Exception {
        mvc.perform(get("/api/schools/117112"))
                .andExpect(jsonPath("$.ks2[0].readingProgress").value(containsString("SUPP")))
                .andExpect(jsonPath("$.ks2[0].readingProgress").value(containsString("suppressed")));
    }

    @Test
    void answersAnUnknownUrnWithNotFound() throws Exception {
        mvc.perform(get("/api/schools/999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("999999")));
    }

    @Test
    void searchesByNameUrnAndPostcode() throws Exception {
        mvc.perform(get("/api/schools").param("q", "astley cooper"))
                .andExpect(jsonPath("$.content[0].urn").value(117552));
        mvc.perform(get("/api/schools").param("q", "117552"))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/schools").param("q", "hp27hl"))
                .andExpect(jsonPath("$.content[0].urn").value(117552));
        mvc.perform(get("/api/schools")
                        .param("la", "919")
                        .param("phase", "SECONDARY")
                        .param("size", "5"))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.content[0].phase").value("SECONDARY"));
    }

    @Test
    void refusesAnUploadWithOneMalformedRowNamingItsLineAndFieldAndStoresNothing() throws Exception {
        Path file = Path.of("fixtures/published/herts919_ks4_2022-23_p8_with_ci.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(2, lines.get(2).replace(",-0.58,", ",-O.58,")); // line 3, P8MEA: a letter O for a zero
        long before = ks4.count();
        String stored = ks4Progress8Of(145430);

        mvc.perform(multipart("/api/imports/ks4")
                        .file(new MockMultipartFile(
                                "file",
                                file.getFileName().toString(),
                                "text/csv",
                                String.join("\n", lines).getBytes())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Import refused: nothing was stored"))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("P8MEA"))
                .andExpect(jsonPath("$.errors[0].value").value("-O.58"));

        assertThat(ks4.count()).isEqualTo(before);
        assertThat(ks4Progress8Of(145430)).isEqualTo(stored);
    }

    @Test
    void reportsCountsForAnUpload() throws Exception {
        Path file = Path.of("fixtures/published/herts919_ks4_2022-23_p8_with_ci.csv");
        mvc.perform(multipart("/api/imports/ks4")
                        .file(new MockMultipartFile(
                                "file", file.getFileName().toString(), "text/csv", Files.readAllBytes(file))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(8))
                .andExpect(jsonPath("$.unchanged").value(8))
                .andExpect(jsonPath("$.created").value(0));
    }

    @Test
    void recordsAConcernAndValidatesIt() throws Exception {
        mvc.perform(post("/api/schools/117084/intelligence")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"SAFEGUARDING\",\"recordedOn\":\"2024-03-01\","
                                + "\"note\":\"Referral received\",\"recordedBy\":\"A. Officer\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("SAFEGUARDING"));
        mvc.perform(get("/api/schools/117084"))
                .andExpect(jsonPath("$.intelligence[0].note").value("Referral received"));

        mvc.perform(post("/api/schools/117084/intelligence")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"SAFEGUARDING\",\"note\":\"\",\"recordedBy\":\"A. Officer\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/schools/999999/intelligence")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"OTHER\",\"note\":\"x\",\"recordedBy\":\"A. Officer\"}"))
                .andExpect(status().isNotFound());
    }

    private String ks4Progress8Of(int urn) {
        return ks4.findByUrnOrderByAcademicYearDesc(urn).get(0).getProgress8().text();
    }
}
