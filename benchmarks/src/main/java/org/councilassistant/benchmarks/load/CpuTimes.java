package org.councilassistant.benchmarks.load;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import com.sun.management.OperatingSystemMXBean;

/**
 * CPU time used so far by the server process and by this JVM (the load client), all threads, in seconds; NaN where
 * the platform does not say.
 */
record CpuTimes(double serverSeconds, double clientSeconds) {

    static CpuTimes of(ProcessHandle server) {
        double serverSeconds = server.info().totalCpuDuration().map(Duration::toNanos).map(n -> n / 1e9)
                .orElse(Double.NaN);
        double clientSeconds = ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                && os.getProcessCpuTime() >= 0 ? os.getProcessCpuTime() / 1e9 : Double.NaN;
        return new CpuTimes(serverSeconds, clientSeconds);
    }

    /** What was used between {@code earlier} and this. */
    CpuTimes since(CpuTimes earlier) {
        return new CpuTimes(serverSeconds - earlier.serverSeconds, clientSeconds - earlier.clientSeconds);
    }
}
