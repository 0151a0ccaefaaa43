package org.councilassistant.core.handoff;

import java.time.Instant;

/**
 * A conversation handed to a council agent.
 *
 * @param topic what the resident needs, in a few words, for the queue
 * @param details what the assistant collected (postcode, address), one {@code name: value} per line
 * @param agent the agent who claimed it, or null while queued
 */
public record Handoff(long id, String conversationId, HandoffStatus status, HandoffReason reason, boolean urgent,
        String topic, String details, Instant requestedAt, String agent, Instant claimedAt, Instant endedAt) {
}
