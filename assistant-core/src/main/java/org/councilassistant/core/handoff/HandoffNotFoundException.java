package org.councilassistant.core.handoff;

public class HandoffNotFoundException extends RuntimeException {

    public HandoffNotFoundException(long id) {
        super("No handoff " + id);
    }
}
