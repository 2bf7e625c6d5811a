package org.tierwise.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierwise.rules.testfacts.Flag;
import org.tierwise.rules.testfacts.Item;

/** Repeated reloads: the heap stays bounded and no evaluation running alongside them is lost. */
@Tag("endurance")
class RuleReloadEnduranceTests {

    private static final long HEAP_GROWTH_BOUND_MB = 32;
    private static final List<Item> ITEMS = List.of(new Item("A", 95), new Item("B", 40));
    private static final LocalDate AS_OF = LocalDate.of(2020, 6, 1);

    @TempDir
    Path dir;

    private String original;

    @BeforeEach
    void sampleRuleSet() {
        RuleDirs.copy("sample", dir);
        original = RuleDirs.read(dir.resolve("flags/scores.drl"));
    }

    @Test
    void twoHundredReloadsKeepHeapGrowthBounded() {
        LiveRules live = TestRules.live(dir);
        RuleEngine engine = TestRules.engine(live);
        for (int i = 1; i <= 10; i++) { // warm up: class loading and JIT are not growth
            edit(i);
            live.reload("test");
        }
        long before = usedHeapAfterGc();

        for (int i = 11; i <= 210; i++) {
            edit(i);
            live.reload("test");
            assertThat(engine.evaluate(ITEMS, AS_OF).outcomes()).hasSize(2);
        }
        double growthMb = (usedHeapAfterGc() - before) / (1024.0 * 1024.0);

        System.out.printf(
                "200 reloads: used heap after GC grew by %.1f MB (bound %d MB)%n", growthMb, HEAP_GROWTH_BOUND_MB);
        assertThat(growthMb).isLessThan(HEAP_GROWTH_BOUND_MB);
    }

    @Test
    void evaluationsDuringReloadsAllSucceedOnAConsistentRuleSet() throws Exception {
        edit(0); // the starting rule set marks its outcomes too, for evaluations before the first reload
        LiveRules live = TestRules.live(dir);
        RuleEngine engine = TestRules.engine(live);
        Map<String, Integer> editOfVersion = new ConcurrentHashMap<>();
        editOfVersion.put(live.current().version().digest(), 0);
        ConcurrentLinkedQueue<String> inconsistent = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Evaluation> evaluations = new ConcurrentLinkedQueue<>();
        AtomicLong count = new AtomicLong();
        AtomicBoolean reloading = new AtomicBoolean(true);
        int threads = 2;
        CountDownLatch done = new CountDownLatch(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                try {
                    while (reloading.get()) {
                        try {
                            Evaluation evaluation = engine.evaluate(ITEMS, AS_OF);
                            count.incrementAndGet();
                            if (evaluation.outcomes().size() != 2) {
                                inconsistent.add(evaluation.outcomes().toString());
                            }
                            if (count.get() % 50 == 0) {
                                evaluations.add(evaluation);
                            }
                        } catch (RuntimeException e) {
                            errors.add(e);
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }

        int reloads = 20;
        for (int i = 1; i <= reloads; i++) {
            edit(i);
            editOfVersion.put(live.reload("test").version().digest(), i);
        }
        reloading.set(false);
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        pool.shutdown();

        System.out.printf(
                "%d reloads: %d evaluations served alongside, %d errors, %d inconsistent%n",
                reloads, count.get(), errors.size(), inconsistent.size());
        assertThat(errors).isEmpty();
        assertThat(inconsistent).isEmpty();
        assertThat(count.get()).isGreaterThan(reloads);
        // Every sampled evaluation's outcomes come from the rule text of the version it reports.
        for (Evaluation evaluation : evaluations) {
            int edit = editOfVersion.get(evaluation.version().digest());
            assertThat(evaluation.outcomes(Flag.class))
                    .allSatisfy(flag -> assertThat(flag.explanation().reason()).startsWith("Scored(" + edit + ")"));
        }
    }

    /** Changes the reason text, so each edit is a new version whose outcomes say which edit made them. */
    private void edit(int n) {
        RuleDirs.write(dir, "flags/scores.drl", original.replace("\"Scored \"", "\"Scored(" + n + ") \""));
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
