package org.councilassistant.webchat.http;

/** The id of a new conversation. */
public record SessionCreated(String sessionId) {
}
