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
 * Saturation: {@code clients} threads, each sending its next request as soon as the last one was answered, for a
 * warm-up and then a measured window. Counts the requests answered inside the window. On web chat each thread holds
 * conversations one after another and the requests are their turns; starting a conversation is a request too,
 * counted apart. Alexa's requests stand alone, so its threads just send one after another.
 */
final class ClosedLoopRun {

    /**
     * @param turns turns (requests) answered 200 inside the window
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

    /** What one client thread does until the window closes. */
    @FunctionalInterface
    private interface ClientLoop {
        void run(int first, Window window);
    }

    private final ClientLoop loop;
    private final int clients;
    private final Supplier<CpuTimes> cpu;

    /** Web chat: conversations of {@link ConversationScripts}, each in a session of its own. */
    ClosedLoopRun(ChatClient client, int clients, Supplier<CpuTimes> cpu) {
        this.clients = clients;
        this.cpu = cpu;
        this.loop = (first, window) -> converse(client, first, window);
    }

    private ClosedLoopRun(Exchange exchange, int clients, Supplier<CpuTimes> cpu) {
        this.clients = clients;
        this.cpu = cpu;
        this.loop = (first, window) -> exchange(exchange, first, window);
    }

    /** Requests that need no session: client {@code c} sends numbers {@code c}, {@code c + clients}, … */
    static ClosedLoopRun ofRequests(Exchange exchange, int clients, Supplier<CpuTimes> cpu) {
        return new ClosedLoopRun(exchange, clients, cpu);
    }

    Result run(int warmupSeconds, int seconds) throws InterruptedException {
        long measureFrom = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        long measureTo = measureFrom + seconds * 1_000_000_000L;
        Counters counters = new Counters();
        List<LatencyRecorder> recorders = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Window window = new Window(measureFrom, measureTo, counters, new LatencyRecorder());
                recorders.add(window.recorder());
                int first = c;
                running.add(pool.submit(() -> loop.run(first, window)));
            }
            sleepUntil(measureFrom);
            CpuTimes atStart = cpu.get();
            sleepUntil(measureTo);
            CpuTimes used = cpu.get().since(atStart);
            for (Future<?> client : running) {
                client.get();
            }
            return new Result(counters.turns.get(), counters.errors.get(), counters.sessions.get(), seconds,
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

    private void converse(ChatClient client, int first, Window window) {
        for (long conversation = first; System.nanoTime() < window.to(); conversation += clients) {
            String session;
            try {
                session = client.startSession();
                if (System.nanoTime() >= window.from()) {
                    window.counters().sessions.incrementAndGet();
                }
            } catch (IOException e) {
                window.countErrorIfInside(System.nanoTime());
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            for (String text : ConversationScripts.script(conversation)) {
                long start = System.nanoTime();
                if (start >= window.to()) {
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
                window.answered(start, System.nanoTime(), ok);
            }
        }
    }

    private void exchange(Exchange exchange, int first, Window window) {
        for (long number = first; ; number += clients) {
            long start = System.nanoTime();
            if (start >= window.to()) {
                return;
            }
            boolean ok;
            try {
                ok = exchange.send(number);
            } catch (IOException e) {
                ok = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            window.answered(start, System.nanoTime(), ok);
        }
    }

    /** Shared by every client thread of a run. */
    private static final class Counters {
        final AtomicLong turns = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final AtomicLong sessions = new AtomicLong();
    }

    /** The measured window as one client thread sees it: the shared counters and its own latencies. */
    private record Window(long from, long to, Counters counters, LatencyRecorder recorder) {

        /** Counts a request that ran from {@code start} to {@code end}, if it lies wholly inside the window. */
        void answered(long start, long end, boolean ok) {
            if (start >= from && end <= to) {
                if (ok) {
                    counters.turns.incrementAndGet();
                    recorder.record(end - start);
                } else {
                    counters.errors.incrementAndGet();
                }
            }
        }

        void countErrorIfInside(long at) {
            if (at >= from && at <= to) {
                counters.errors.incrementAndGet();
            }
        }
    }
}
