package org.councilassistant.benchmarks.peer;

/** The peer engine cannot run here (no Node.js, or its packages not installed); the message says what to do. */
public final class PeerUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PeerUnavailableException(String message) {
        super(message);
    }
}
