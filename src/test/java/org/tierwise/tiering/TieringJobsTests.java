package org.tierwise.tiering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.tierwise.school.AcademicYear;

/** A tiering job started from the pages that the database fails says so with a reference, not the SQL. */
class TieringJobsTests {

    @Test
    void aJobTheDatabaseFailsShowsAReferenceAndNoSql() throws Exception {
        TieringRun tiering = mock(TieringRun.class);
        when(tiering.run(any(), any(), any()))
                .thenThrow(new DataIntegrityViolationException(
                        "could not execute statement [Value too long for column \"REASON CHARACTER VARYING(1000)\";"
                                + " SQL statement: insert into tiering_result (reason) values (?)]"));
        TieringJobs jobs = new TieringJobs(tiering);
        try {
            long id = jobs.start(new TieringRun.Request(919, new AcademicYear(2019), null, null), "test");
            TieringJobs.Job job = jobs.job(id).orElseThrow();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!job.finished() && System.nanoTime() < deadline) {
                Thread.sleep(20);
                job = jobs.job(id).orElseThrow();
            }

            assertThat(job.state()).isEqualTo("Failed");
            assertThat(job.error())
                    .contains("the database could not complete the run")
                    .contains("reference ");
            assertThat(job.error().toLowerCase(Locale.ROOT))
                    .doesNotContain("sql")
                    .doesNotContain("insert into")
                    .doesNotContain("statement");
        } finally {
            jobs.stop();
        }
    }
}
