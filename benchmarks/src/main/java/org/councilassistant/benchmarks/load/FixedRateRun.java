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
 * each latency runs from the turn's due time to its reply. Web chat's sessions are started beforehand; Alexa's
 * requests need none.
 */
final class FixedRateRun {

    /** Conversations open at once: at 500 turns/s each conversation speaks about once a second. */
    static final int SLOTS = 500;
    private static final int SENDERS = 128;
    private static final long START_DELAY_NANOS = 100_000_000L;

    /**
     * @param requested turns (requests) per second asked for
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

    /** Web chat: the turns of a {@link TurnPlan}, in sessions started beforehand. */
    Result run(int rate, int seconds) throws InterruptedException, IOException {
        TurnPlan plan = TurnPlan.of((int) Math.round((double) rate * seconds), SLOTS);
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            String[] sessions = startSessions(senders, plan.conversationCount());
            return send(rate, plan.turns(), senders, turn -> client.send(sessions[plan.conversations()[(int) turn]],
                    plan.texts()[(int) turn]) == 200);
        } finally {
            senders.shutdownNow();
        }
    }

    /** Requests that need no session, numbered 0, 1, 2, … in the order they are due. */
    static Result run(int rate, int seconds, Exchange exchange) throws InterruptedException {
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            return send(rate, (int) Math.round((double) rate * seconds), senders, exchange);
        } finally {
            senders.shutdownNow();
        }
    }

    private static Result send(int rate, int requests, ExecutorService senders, Exchange exchange)
            throws InterruptedException {
        long[] latencies = new long[requests];
        AtomicLong errors = new AtomicLong();
        AtomicLong lastReply = new AtomicLong();
        RateSchedule schedule = new RateSchedule(System.nanoTime() + START_DELAY_NANOS, rate);
        long maxLag = 0;
        for (int i = 0; i < requests; i++) {
            long due = schedule.dueNanos(i);
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            maxLag = Math.max(maxLag, System.nanoTime() - due);
            int number = i;
            senders.execute(() -> {
                boolean ok;
                try {
                    ok = exchange.send(number);
                } catch (IOException e) {
                    ok = false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    ok = false;
                }
                long end = System.nanoTime();
                latencies[number] = end - due;
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
        return new Result(rate, requests / elapsed, requests, errors.get(), maxLag / 1e6, Latencies.of(latencies));
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
