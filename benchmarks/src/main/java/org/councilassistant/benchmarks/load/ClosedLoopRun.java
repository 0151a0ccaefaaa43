package org.councilassistant.benchmarks.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Saturation: {@code clients} threads, each holding conversations one after another and sending each turn as soon
 * as the last one was answered, for a warm-up and then a measured window. Counts the turns answered inside the
 * window; starting a conversation is a request too, counted apart.
 */
final class ClosedLoopRun {

    /**
     * @param turns turns answered 200 inside the window
     * @param errors turns inside the window that failed or were not 200
     * @param sessionsStarted conversations started inside the window
     * @param seconds the window
     * @param latencies of the answered turns
     * @param cpu CPU used by the server and by the client inside the window
     */
    record Result(long turns, long errors, long sessionsStarted, double seconds, Latencies latencies, CpuTimes cpu) {

        double turnsPerSecond() {
            return turns / seconds;
        }

        /** Turns and session starts per second: every request the server answered. */
        double requestsPerSecond() {
            return (turns + sessionsStarted) / seconds;
        }
    }

    private final ChatClient client;
    private final int clients;
    private final Supplier<CpuTimes> cpu;

    ClosedLoopRun(ChatClient client, int clients, Supplier<CpuTimes> cpu) {
        this.client = client;
        this.clients = clients;
        this.cpu = cpu;
    }

    Result run(int warmupSeconds, int seconds) throws InterruptedException {
        long measureFrom = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        long measureTo = measureFrom + seconds * 1_000_000_000L;
        AtomicLong turns = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong sessions = new AtomicLong();
        List<LatencyRecorder> recorders = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                LatencyRecorder recorder = new LatencyRecorder();
                recorders.add(recorder);
                int first = c;
                running.add(pool.submit(() -> converse(first, measureFrom, measureTo, recorder, turns, errors,
                        sessions)));
            }
            sleepUntil(measureFrom);
            CpuTimes atStart = cpu.get();
            sleepUntil(measureTo);
            CpuTimes used = cpu.get().since(atStart);
            for (Future<?> client : running) {
                client.get();
            }
            return new Result(turns.get(), errors.get(), sessions.get(), seconds,
                    Latencies.of(LatencyRecorder.merge(recorders)), used);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a load client failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        for (long wait = nanoTime - System.nanoTime(); wait > 0; wait = nanoTime - System.nanoTime()) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    private void converse(int first, long measureFrom, long measureTo, LatencyRecorder recorder, AtomicLong turns,
            AtomicLong errors, AtomicLong sessions) {
        for (long conversation = first; System.nanoTime() < measureTo; conversation += clients) {
            String session;
            try {
                session = client.startSession();
                if (System.nanoTime() >= measureFrom) {
                    sessions.incrementAndGet();
                }
            } catch (IOException e) {
                countIfInside(System.nanoTime(), measureFrom, measureTo, errors);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            for (String text : ConversationScripts.script(conversation)) {
                long start = System.nanoTime();
                if (start >= measureTo) {
                    return;
                }
                boolean ok;
                try {
                    ok = client.send(session, text) == 200;
                } catch (IOException e) {
                    ok = false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                long end = System.nanoTime();
                if (start >= measureFrom && end <= measureTo) {
                    if (ok) {
                        turns.incrementAndGet();
                        recorder.record(end - start);
                    } else {
                        errors.incrementAndGet();
                    }
                }
            }
        }
    }

    private static void countIfInside(long at, long from, long to, AtomicLong counter) {
        if (at >= from && at <= to) {
            counter.incrementAndGet();
        }
    }
}
