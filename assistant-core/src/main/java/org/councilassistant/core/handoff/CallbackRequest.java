package org.councilassistant.core.handoff;

import java.time.Instant;

/**
 * A resident's request to be contacted, left when the contact centre was closed. Holds personal data given
 * with explicit consent for this purpose only; purged after the retention period.
 *
 * @param phone a phone number, or null
 * @param email an email address, or null (at least one of the two is given)
 */
public record CallbackRequest(long id, String conversationId, String name, String phone, String email, String topic,
        Instant consentGivenAt, Instant createdAt, Instant handledAt, String handledBy) {
}
