package org.councilassistant.core.handoff;

/** Who wrote a transcript message. */
public enum Sender {
    RESIDENT, ASSISTANT, AGENT, SYSTEM
}
