package org.councilassistant.benchmarks.memory;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Heap in use once garbage has been collected: the live data, as near as a running JVM can tell. */
final class HeapMeter {

    private static final int COLLECTIONS = 4;
    private static final long PAUSE_MILLIS = 200;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    /** Asks for several full collections, pausing between them for finalisation and reference processing. */
    long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < COLLECTIONS; i++) {
            System.gc();
            Thread.sleep(PAUSE_MILLIS);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    long max() {
        return memory.getHeapMemoryUsage().getMax();
    }
}
