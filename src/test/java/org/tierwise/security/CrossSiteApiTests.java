package org.tierwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.tierwise.TestUsers;

/**
 * Changes through the API that a page of another site could make with the credentials a browser has
 * cached (issue 15): a form body, or a request the browser says came from another site, is refused
 * even with the right credentials; scripts and the service's own pages are not.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CrossSiteApiTests {

    private static final List<MediaType> FORM_BODIES =
            List.of(MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void aFormPostedToAnEndpointTakingJsonOrNoBodyIsRefusedWith415NamingJson() throws Exception {
        for (String path : List.of("/api/rules/reload", "/api/rules/cases/run", "/api/rules/changes/999999/approve")) {
            for (MediaType form : FORM_BODIES) {
                mvc.perform(post(path)
                                .with(TestUsers.as("policy"))
                                .contentType(form)
                                .content("a=b"))
                        .andExpect(status().isUnsupportedMediaType())
                        .andExpect(header().string("Accept", "application/json"))
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                        .andExpect(jsonPath("$.accepts").value("application/json"))
                        .andExpect(jsonPath("$.detail").value(containsString("POST " + path + " does not take a ")))
                        .andExpect(jsonPath("$.detail").value(containsString("send application/json, or no body")));
            }
        }
        // The same request from a script, with no body, is taken.
        mvc.perform(post("/api/rules/changes/999999/approve").with(TestUsers.as("policy")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aConcernSentAsATextPlainOrUrlEncodedFormIsRefusedWith415() throws Exception {
        // enctype="text/plain" lets a form send a body that reads as JSON.
        String concern = "{\"kind\":\"SAFEGUARDING\",\"note\":\"forged\",\"recordedBy\":\"x\",\"a\":\"=\"}";
        for (MediaType form : List.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_FORM_URLENCODED)) {
            mvc.perform(post("/api/schools/117084/intelligence")
                            .with(TestUsers.as("commissioner"))
                            .contentType(form)
                            .content(concern))
                    .andExpect(status().isUnsupportedMediaType())
                    .andExpect(jsonPath("$.accepts").value("application/json"));
        }
    }

    @Test
    void anUploadEndpointRefusesAFormThatIsNotMultipartNamingWhatItTakes() throws Exception {
        mvc.perform(post("/api/imports/schools")
                        .with(TestUsers.as("commissioner"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("file=x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.accepts").value("multipart/form-data"))
                .andExpect(jsonPath("$.detail").value(containsString("send multipart/form-data")));
        mvc.perform(post("/api/rules/validate")
                        .with(TestUsers.as("policy"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("{}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.accepts").value("application/json, multipart/form-data"));
    }

    @Test
    void aChangeTheBrowserSaysCameFromAnotherSiteIsRefusedEvenWithCredentials() throws Exception {
        // Sec-Fetch-Site from current browsers, Origin from older ones, "null" from a sandboxed frame.
        String[][] otherSites = {
            {"Sec-Fetch-Site", "cross-site"},
            {"Sec-Fetch-Site", "same-site"},
            {"Origin", "https://attacker.example"},
            {"Origin", "null"}
        };
        for (String[] from : otherSites) {
            mvc.perform(post("/api/rules/changes/999999/approve")
                            .with(TestUsers.as("policy"))
                            .header(from[0], from[1]))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail")
                            .value(containsString("came from another site (" + from[0] + ": " + from[1] + ")")));
        }
        // A file upload is multipart like a form, so only where it came from tells them apart.
        mvc.perform(validateUpload().with(TestUsers.as("policy")).header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isForbidden());
        mvc.perform(validateUpload().with(TestUsers.as("policy")).header("Origin", "https://attacker.example"))
                .andExpect(status().isForbidden());

        // From a script (neither header), the service's own pages (Swagger UI) or an address typed in: taken.
        mvc.perform(validateUpload().with(TestUsers.as("policy"))).andExpect(status().isOk());
        mvc.perform(validateUpload().with(TestUsers.as("policy")).header("Sec-Fetch-Site", "same-origin"))
                .andExpect(status().isOk());
        mvc.perform(validateUpload().with(TestUsers.as("policy")).header("Origin", "http://localhost"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/rules/changes/999999/approve")
                        .with(TestUsers.as("policy"))
                        .header("Sec-Fetch-Site", "none"))
                .andExpect(status().isNotFound());
    }

    @Test
    void everyApiEndpointTakingMultipartIsAnUploadEndpointOfTheFilter() {
        List<String> multipart = new ArrayList<>();
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                boolean takesMultipart = info.getConsumesCondition().getConsumableMediaTypes().stream()
                        .anyMatch(MediaType.MULTIPART_FORM_DATA::includes);
                info.getPatternValues().stream()
                        .filter(pattern -> pattern.startsWith("/api/") && takesMultipart)
                        .forEach(multipart::add);
            }
        }
        assertThat(multipart).isNotEmpty().allSatisfy(pattern -> assertThat(
                        CrossSiteApiFilter.upload(pattern.replaceAll("\\{[^}]+}", "x")))
                .as(pattern + " takes multipart but CrossSiteApiFilter refuses it")
                .isNotNull());
        assertThat(CrossSiteApiFilter.UPLOADS).allSatisfy(upload -> assertThat(multipart)
                .as("an upload endpoint of the filter that takes no multipart")
                .anyMatch(pattern -> upload.path().getPatternString().equals(pattern)));
    }

    private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder
            validateUpload() {
        return multipart("/api/rules/validate")
                .file(new MockMultipartFile(
                        "files",
                        "tiering/probe.drl",
                        "text/plain",
                        "package tiering;\n".getBytes(StandardCharsets.UTF_8)));
    }
}
