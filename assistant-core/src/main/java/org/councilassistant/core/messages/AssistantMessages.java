package org.councilassistant.core.messages;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.councilassistant.core.council.Council;
import org.councilassistant.core.council.CouncilPlaceholders;
import org.councilassistant.intents.language.Language;

/**
 * Resident-facing wording, from the {@code messages/assistant} resource bundle, so that councils can change
 * it (and translations can be added) without touching code. The council's own details ({@code {council.name}},
 * {@code {council.phone}} …) are filled in once, when the wording is loaded.
 */
public final class AssistantMessages {

    private final Locale locale;
    /** Each message with the council filled in, as written and as a MessageFormat pattern. */
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, String> patterns = new HashMap<>();

    public AssistantMessages(Language language, Council council) {
        this.locale = language.locale();
        ResourceBundle bundle = ResourceBundle.getBundle("messages/assistant", locale);
        CouncilPlaceholders placeholders = new CouncilPlaceholders(council, language);
        for (String key : bundle.keySet()) {
            String message = bundle.getString(key);
            texts.put(key, placeholders.fill(message));
            patterns.put(key, placeholders.fillPattern(message));
        }
    }

    /** The wording in {@code language} for {@code council}. */
    public static AssistantMessages of(Language language, Council council) {
        return new AssistantMessages(language, council);
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
    public String text(String key, Object... args) {
        String text = texts.get(key);
        if (text == null) {
            throw new MissingResourceException("No message " + key, AssistantMessages.class.getName(), key);
        }
        return args.length == 0 ? text : new MessageFormat(patterns.get(key), locale).format(args);
    }

    /**
     * The wording for a voice channel: {@code key.spoken} where a message needs saying differently ("choose one
     * from the list" cannot be spoken), otherwise the same text.
     */
    public String spoken(String key, Object... args) {
        return texts.containsKey(key + ".spoken") ? text(key + ".spoken", args) : text(key, args);
    }

    public Locale locale() {
        return locale;
    }
}
