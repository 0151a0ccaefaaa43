package org.councilassistant.webchat.console;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an agent types to a resident. */
record AgentMessageRequest(
        @NotBlank(message = "Type a message") @Size(max = 2000, message = "Messages must be 2,000 characters or fewer")
        String text) {
}
