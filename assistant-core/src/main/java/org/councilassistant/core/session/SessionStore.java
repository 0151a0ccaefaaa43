package org.councilassistant.core.session;

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

    private static final SecureRandom RANDOM = new SecureRandom();

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
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ConversationSession session = new ConversationSession(id, channel, clock.instant());
        sessions.put(id, session);
        return session;
    }

    public Optional<ConversationSession> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(sessions.getIfPresent(id));
    }

    public long size() {
        sessions.cleanUp();
        return sessions.estimatedSize();
    }
}
