package org.tierwise.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The peak heap in use during the benchmark: sampled every 10 ms (what was allocated and not yet
 * collected) and, after collections, the most that stayed live (the memory the work needs).
 */
final class HeapSampler implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakUsed;
    private volatile long peakLive;

    HeapSampler() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            peakUsed = Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed());
            peakLive = Math.max(peakLive, liveAfterGc());
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The most heap in use at any sample. */
    long peakUsedBytes() {
        return Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed());
    }

    /** The largest heap left live after a collection (summed over the heap pools) at any sample. */
    long peakLiveAfterGcBytes() {
        return Math.max(peakLive, liveAfterGc());
    }

    private static long liveAfterGc() {
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                live += pool.getCollectionUsage().getUsed();
            }
        }
        return live;
    }

    long maxHeapBytes() {
        return memory.getHeapMemoryUsage().getMax();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
