package org.tierwise.tiering;

import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tierwise.database.DatabaseRefusal;

/** Tiering runs started from the pages: run in the background, so the page can show their progress. */
@Component
public class TieringJobs {

    private static final Logger log = LoggerFactory.getLogger(TieringJobs.class);

    /** Where a job is; {@code runId} is set when it has finished, {@code error} when it failed. */
    public record Job(long id, String state, int schools, int evaluated, Long runId, String error) {

        public boolean finished() {
            return runId != null || error != null;
        }
    }

    private final TieringRun tiering;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "tiering-jobs");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    TieringJobs(TieringRun tiering) {
        this.tiering = tiering;
    }

    public long start(TieringRun.Request request, String runBy) {
        long id = ids.incrementAndGet();
        jobs.put(id, new Job(id, "Waiting to start", 0, 0, null, null));
        executor.submit(() -> {
            try {
                RunRecord run = tiering.run(request, runBy, new TieringRun.Progress() {
                    @Override
                    public void loaded(int schools) {
                        jobs.put(id, new Job(id, "Evaluating", schools, 0, null, null));
                    }

                    @Override
                    public void evaluated(int schools) {
                        Job job = jobs.get(id);
                        jobs.put(id, new Job(id, "Evaluating", job.schools(), schools, null, null));
                    }
                });
                jobs.put(id, new Job(id, "Finished", run.schoolCount(), run.schoolCount(), run.id(), null));
            } catch (RuntimeException e) {
                String reference = DatabaseRefusal.newReference();
                log.error("Tiering job {} failed (reference {})", id, reference, e);
                // A database exception's message quotes its SQL: the page says what failed and where to look.
                String why = DatabaseRefusal.involvesTheDatabase(e)
                        ? "the database could not complete the run (reference " + reference
                                + ": the details are in the service log)"
                        : e.getMessage();
                jobs.put(id, new Job(id, "Failed", 0, 0, null, why));
            }
        });
        return id;
    }

    public Optional<Job> job(long id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
