package org.councilassistant.alexa.speech;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** What the skill says in its own words (welcome, help, permissions), from the {@code messages/alexa} bundle. */
public final class VoicePrompts {

    private final ResourceBundle bundle = ResourceBundle.getBundle("messages/alexa", Locale.UK);

    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.UK).format(args);
    }
}
