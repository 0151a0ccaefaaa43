package org.councilassistant.core.messages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.councilassistant.intents.language.Language;

/**
 * Resident-facing wording, from the {@code messages/assistant} resource bundle, so that councils can change
 * it (and translations can be added) without touching code.
 */
public final class AssistantMessages {

    private final ResourceBundle bundle;
    private final Locale locale;

    public AssistantMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("messages/assistant", locale);
    }

    public static AssistantMessages english() {
        return of(Language.ENGLISH);
    }

    /** The wording in {@code language} (bundles are cached by the JDK, so this is cheap). */
    public static AssistantMessages of(Language language) {
        return new AssistantMessages(language.locale());
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /**
     * The wording for a voice channel: {@code key.spoken} where a message needs saying differently ("choose one
     * from the list" cannot be spoken), otherwise the same text.
     */
    public String spoken(String key, Object... args) {
        return bundle.containsKey(key + ".spoken") ? text(key + ".spoken", args) : text(key, args);
    }

    public Locale locale() {
        return locale;
    }
}
