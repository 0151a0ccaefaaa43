package org.councilassistant.webchat.http;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A resident's message as the widget posts it. */
public record ChatMessageRequest(
        @NotBlank(message = "Please type a message.")
        @Size(max = ChatMessageRequest.MAX_LENGTH, message = "Please keep your message under 1,000 characters.")
        String text) {

    static final int MAX_LENGTH = 1000;
}
