package org.councilassistant.core.session;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Live conversations in memory (Caffeine), each forgotten after a period without messages so that residents'
 * details are not kept longer than the conversation needs them.
 */
public final class SessionStore {

    /**
     * One generator per thread: the platform default (NativePRNG) serialises every thread on one lock around one
     * reader of /dev/urandom, and under load conversation starts queued on it.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(SessionStore::newGenerator);

    private final Cache<String, ConversationSession> sessions;
    private final Clock clock;

    public SessionStore(Duration idleExpiry, long maximumSessions, Clock clock) {
        this.clock = clock;
        this.sessions = Caffeine.newBuilder()
                .expireAfterAccess(idleExpiry)
                .maximumSize(maximumSessions)
                .build();
    }

    public ConversationSession create(String channel) {
        byte[] bytes = new byte[18];
        RANDOM.get().nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ConversationSession session = new ConversationSession(id, channel, clock.instant());
        sessions.put(id, session);
        return session;
    }

    /**
     * Brings back a conversation this node does not hold (after a restart, or one started on another node) so
     * that it can carry on: what it had collected in memory is gone, but its stored transcript and handoff are not.
     */
    public ConversationSession restore(String id, String channel) {
        return sessions.get(id, key -> new ConversationSession(key, channel, clock.instant()));
    }

    public Optional<ConversationSession> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(sessions.getIfPresent(id));
    }

    private static SecureRandom newGenerator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    public long size() {
        sessions.cleanUp();
        return sessions.estimatedSize();
    }
}
