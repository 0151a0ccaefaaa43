package org.councilassistant.core.conversation;

/** The session does not exist or has expired. */
public class UnknownSessionException extends RuntimeException {

    public UnknownSessionException(String sessionId) {
        super("No conversation " + sessionId);
    }
}
