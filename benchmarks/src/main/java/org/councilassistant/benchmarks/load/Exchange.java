package org.councilassistant.benchmarks.load;

import java.io.IOException;

/** One self-contained request of a load run, by its number: true when it was answered as it should be. */
@FunctionalInterface
interface Exchange {

    boolean send(long number) throws IOException, InterruptedException;
}
