package org.tierwise.database;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tierwise.TestDatabase;

/**
 * A full disk (issue 15): writes answer a clear 503 with nothing saved, the health check says the
 * database is down, and once there is space again the same request succeeds and the health check
 * is up, without a restart. The disk is H2's own file system wrapped so that writes fail while
 * {@link DiskFullFilePath#full} is set. H2 only: PostgreSQL's disk_full (53100) is classified in
 * {@link DatabaseUnavailableTests}.
 */
@DisabledIfSystemProperty(named = TestDatabase.SELECT, matches = "postgres")
@SpringBootTest(
        properties = {
            "tierwise.fixtures.load-on-empty=true",
            "spring.datasource.url=jdbc:h2:diskfull:./target/disk-full/${random.uuid}/tierwise;WRITE_DELAY=0"
        })
@AutoConfigureMockMvc
class DiskFullTests {

    static {
        DiskFullFilePath.register();
    }

    @Autowired
    MockMvc mvc;

    @AfterEach
    void spaceAgain() {
        DiskFullFilePath.full.set(false);
    }

    @Test
    void aWriteOnAFullDiskIs503WithNothingSavedAndTheServiceRecoversWhenSpaceReturns() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));

        DiskFullFilePath.full.set(true);
        startRun()
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(jsonPath("$.title").value("The database cannot save or read now: nothing was saved"))
                .andExpect(jsonPath("$.detail").value(containsString("its disk may be full or failing")))
                .andExpect(jsonPath("$.detail").value(not(containsString("SQL"))));
        mvc.perform(get("/actuator/health")).andExpect(status().isServiceUnavailable());

        DiskFullFilePath.full.set(false);
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        startRun().andExpect(status().isCreated());
        mvc.perform(get("/api/tiering/runs")).andExpect(status().isOk());
    }

    private ResultActions startRun() throws Exception {
        return mvc.perform(post("/api/tiering/runs")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"la\":919,\"academicYear\":\"2018-19\"}"));
    }
}
