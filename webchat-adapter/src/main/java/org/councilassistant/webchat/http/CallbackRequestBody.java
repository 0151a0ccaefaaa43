package org.councilassistant.webchat.http;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A callback request from the widget's form, left outside contact-centre hours.
 *
 * @param consent the resident ticked "You can contact me about this": nothing is kept without it
 */
public record CallbackRequestBody(
        @NotBlank(message = "Enter your name") @Size(max = 200, message = "Your name must be 200 characters or fewer")
        String name,
        @Pattern(regexp = "^$|^[+0-9 ()-]{10,20}$", message = "Enter a UK phone number, like 01632 960 123")
        String phone,
        @Email(message = "Enter an email address in the correct format, like name@example.com")
        @Size(max = 254, message = "Your email address must be 254 characters or fewer")
        String email,
        @NotBlank(message = "Tell us what you need help with")
        @Size(max = 500, message = "What you need help with must be 500 characters or fewer")
        String topic,
        @AssertTrue(message = "Tick the box to agree that we can contact you") boolean consent) {

    boolean hasContactDetails() {
        return notBlank(phone) || notBlank(email);
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
