package org.councilassistant.core.handoff;

/** An agent action that the handoff's state does not allow: claimed by someone else, already ended, not yours. */
public class HandoffConflictException extends RuntimeException {

    public HandoffConflictException(String message) {
        super(message);
    }
}
