package org.councilassistant.alexa.speech;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.councilassistant.core.council.Council;
import org.councilassistant.core.council.CouncilPlaceholders;
import org.councilassistant.intents.language.Language;

/**
 * What the skill says in its own words (welcome, help, permissions), from the {@code messages/alexa} bundle, with
 * the council's details ({@code {council.shortName}} …) filled in. Alexa speaks English only.
 */
public final class VoicePrompts {

    private final ResourceBundle bundle = ResourceBundle.getBundle("messages/alexa", Locale.UK);
    private final CouncilPlaceholders placeholders;

    public VoicePrompts(Council council) {
        this.placeholders = new CouncilPlaceholders(council, Language.ENGLISH);
        bundle.keySet().forEach(key -> placeholders.fill(bundle.getString(key))); // an unknown placeholder fails now
    }

    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? placeholders.fill(pattern)
                : new MessageFormat(placeholders.fillPattern(pattern), Locale.UK).format(args);
    }
}
