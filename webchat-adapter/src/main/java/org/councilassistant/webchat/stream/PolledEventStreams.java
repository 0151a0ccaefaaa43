package org.councilassistant.webchat.stream;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent event streams fed by polling the database once a second. The database is the one place every
 * node shares, so a resident connected to one node sees what an agent on another node sent, with no broker to
 * run; at council scale (dozens of live conversations) the queries cost nothing noticeable.
 *
 * <p>A lifecycle bean in the last phase, so that on shutdown it ends the open streams before the web server's
 * graceful shutdown waits for requests to finish: a stream never finishes by itself, and every shutdown with one
 * open would wait out the whole grace period. Browsers reconnect, to another node if there is one.
 */
@Component
public class PolledEventStreams implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PolledEventStreams.class);

    /** Checks for new events and sends them on the emitter; returns normally when there was nothing new. */
    @FunctionalInterface
    public interface Poll {
        void sendNew(SseEmitter emitter) throws IOException;
    }

    private record Subscription(SseEmitter emitter, Poll poll) {
    }

    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "event-stream-poller");
        thread.setDaemon(true);
        return thread;
    });
    private final Duration timeout;
    private volatile boolean stopping;

    public PolledEventStreams(@Value("${assistant.live-chat.poll-interval:1s}") Duration interval,
            @Value("${assistant.live-chat.stream-timeout:30m}") Duration timeout) {
        this.timeout = timeout;
        poller.scheduleWithFixedDelay(this::pollAll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Opens a stream that sends what {@code poll} finds now and then every interval until the client leaves. */
    public SseEmitter open(Poll poll) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        Subscription subscription = new Subscription(emitter, poll);
        emitter.onCompletion(() -> subscriptions.remove(subscription));
        emitter.onTimeout(() -> subscriptions.remove(subscription));
        emitter.onError(error -> subscriptions.remove(subscription));
        subscriptions.add(subscription);
        if (stopping) {
            end(subscription);
            return emitter;
        }
        poller.execute(() -> pollOne(subscription));
        return emitter;
    }

    int openStreams() {
        return subscriptions.size();
    }

    private void pollAll() {
        subscriptions.forEach(this::pollOne);
    }

    private void pollOne(Subscription subscription) {
        try {
            subscription.poll().sendNew(subscription.emitter());
        } catch (IOException | IllegalStateException gone) {
            // The client went away; the emitter's callbacks may not have fired yet.
            subscriptions.remove(subscription);
            subscription.emitter().completeWithError(gone);
        } catch (RuntimeException e) {
            log.warn("Event stream poll failed: {}", e.toString());
            subscriptions.remove(subscription);
            subscription.emitter().completeWithError(e);
        }
    }

    @Override
    public void start() {
        stopping = false;
    }

    /** Ends every open stream; streams opened from now on end at once. */
    @Override
    public void stop() {
        stopping = true;
        subscriptions.forEach(this::end);
    }

    @Override
    public boolean isRunning() {
        return !stopping;
    }

    private void end(Subscription subscription) {
        subscriptions.remove(subscription);
        subscription.emitter().complete();
    }

    @PreDestroy
    void shutDownPoller() {
        stop();
        poller.shutdownNow();
    }
}
