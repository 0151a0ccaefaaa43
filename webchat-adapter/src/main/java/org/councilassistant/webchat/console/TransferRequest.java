package org.councilassistant.webchat.console;

import jakarta.validation.constraints.NotBlank;

/** Hands a conversation to another agent, by username. */
record TransferRequest(@NotBlank(message = "Choose the agent to transfer to") String agent) {
}
