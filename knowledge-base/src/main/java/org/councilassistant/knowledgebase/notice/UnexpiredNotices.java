package org.councilassistant.knowledgebase.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The notices not yet expired, kept in memory for a short while so that answering a question costs no query.
 * Another node's edits show once the copy is older than {@code maxAge}; this node's at once, because every change
 * made here drops the copy.
 */
final class UnexpiredNotices {

    private record Copy(Instant loadedFor, long loadedAtNanos, List<ServiceNotice> notices) {
    }

    private final Function<Instant, List<ServiceNotice>> loader;
    private final long maxAgeNanos;
    private volatile Copy copy;
    private long changes;

    /** @param loader the notices not expired at the given instant, earliest start first */
    UnexpiredNotices(Function<Instant, List<ServiceNotice>> loader, Duration maxAge) {
        this.loader = loader;
        this.maxAgeNanos = maxAge.toNanos();
    }

    /** The notices not expired at {@code now}, and perhaps some that have since expired: filter by time. */
    List<ServiceNotice> at(Instant now) {
        Copy current = copy;
        long nanos = System.nanoTime();
        if (current != null && !now.isBefore(current.loadedFor()) && nanos - current.loadedAtNanos() < maxAgeNanos) {
            return current.notices();
        }
        long changesSeen = changesSoFar();
        Copy loaded = new Copy(now, nanos, loader.apply(now));
        keep(loaded, changesSeen);
        return loaded.notices();
    }

    /** A notice was created or changed on this node. */
    synchronized void changed() {
        changes++;
        copy = null;
    }

    private synchronized long changesSoFar() {
        return changes;
    }

    /** A copy loaded while a change was being made may predate it, so it is used once and not kept. */
    private synchronized void keep(Copy loaded, long changesSeen) {
        if (changes == changesSeen && maxAgeNanos > 0) {
            copy = loaded;
        }
    }
}
