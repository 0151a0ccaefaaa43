package org.councilassistant.webchat.http;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** {@code {"language": "cy"}} or {@code "en"}. */
public record LanguageChoice(
        @NotNull(message = "Choose a language: en or cy")
        @Pattern(regexp = "en|cy", message = "Choose a language: en or cy") String language) {
}
