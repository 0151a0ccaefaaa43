package org.councilassistant.core.handoff;

/** Where a handoff to a council agent stands. */
public enum HandoffStatus {
    /** Waiting for an agent; the assistant stays silent and the resident's messages wait for the agent. */
    QUEUED,
    /** An agent has the conversation. */
    CONNECTED,
    /** The agent finished; the assistant answers again. */
    ENDED,
    /** The resident stopped waiting. */
    CANCELLED;

    public boolean isActive() {
        return this == QUEUED || this == CONNECTED;
    }
}
