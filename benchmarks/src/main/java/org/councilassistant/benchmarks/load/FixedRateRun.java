package org.councilassistant.benchmarks.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed rate, open loop: turns are sent on a {@link RateSchedule} whether or not earlier ones were answered, and
 * each latency runs from the turn's due time to its reply. The sessions are started beforehand.
 */
final class FixedRateRun {

    /** Conversations open at once: at 500 turns/s each conversation speaks about once a second. */
    static final int SLOTS = 500;
    private static final int SENDERS = 128;
    private static final long START_DELAY_NANOS = 100_000_000L;

    /**
     * @param requested turns per second asked for
     * @param achieved turns answered per second, from the first due time to the last reply
     * @param turns turns sent
     * @param errors turns that failed or were not answered 200
     * @param maxSendLagMs how late the sender ever was in handing a turn over (client overload shows here)
     * @param latencies of every turn, answered or not, from its due time
     */
    record Result(int requested, double achieved, int turns, long errors, double maxSendLagMs, Latencies latencies) {
    }

    private final ChatClient client;

    FixedRateRun(ChatClient client) {
        this.client = client;
    }

    Result run(int rate, int seconds) throws InterruptedException, IOException {
        TurnPlan plan = TurnPlan.of((int) Math.round((double) rate * seconds), SLOTS);
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            String[] sessions = startSessions(senders, plan.conversationCount());
            long[] latencies = new long[plan.turns()];
            AtomicLong errors = new AtomicLong();
            AtomicLong lastReply = new AtomicLong();
            RateSchedule schedule = new RateSchedule(System.nanoTime() + START_DELAY_NANOS, rate);
            long maxLag = 0;
            for (int i = 0; i < plan.turns(); i++) {
                long due = schedule.dueNanos(i);
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                maxLag = Math.max(maxLag, System.nanoTime() - due);
                int turn = i;
                senders.execute(() -> {
                    boolean ok;
                    try {
                        ok = client.send(sessions[plan.conversations()[turn]], plan.texts()[turn]) == 200;
                    } catch (IOException e) {
                        ok = false;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        ok = false;
                    }
                    long end = System.nanoTime();
                    latencies[turn] = end - due;
                    lastReply.accumulateAndGet(end, Math::max);
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                });
            }
            senders.shutdown();
            if (!senders.awaitTermination(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("replies still outstanding two minutes after the last turn");
            }
            double elapsed = (lastReply.get() - schedule.startNanos()) / 1e9;
            return new Result(rate, plan.turns() / elapsed, plan.turns(), errors.get(), maxLag / 1e6,
                    Latencies.of(latencies));
        } finally {
            senders.shutdownNow();
        }
    }

    private String[] startSessions(ExecutorService pool, int count) throws InterruptedException, IOException {
        List<Future<String>> started = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            started.add(pool.submit(client::startSession));
        }
        String[] sessions = new String[count];
        for (int i = 0; i < count; i++) {
            try {
                sessions[i] = started.get(i).get();
            } catch (ExecutionException e) {
                throw new IOException("could not start the sessions for the fixed-rate run", e.getCause());
            }
        }
        return sessions;
    }
}
