package org.councilassistant.core.language;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.councilassistant.core.council.Council;
import org.councilassistant.core.messages.AssistantMessages;
import org.councilassistant.core.session.ConversationSession;
import org.councilassistant.intents.IntentClassifier;
import org.councilassistant.intents.language.Language;
import org.councilassistant.intents.language.WelshEnglishDetector;

/**
 * Everything that depends on the language a conversation is in: which it is (the resident's explicit choice
 * wins; otherwise each message that clearly is Welsh or English sets it), the intent model and the wording.
 * A language without its own model or wording falls back to English.
 */
public final class LanguageSupport {

    private final WelshEnglishDetector detector;
    private final Map<Language, IntentClassifier> classifiers;
    private final Map<Language, AssistantMessages> messages = new EnumMap<>(Language.class);
    private final Set<String> englishOnlyChannels;

    /**
     * @param classifiers the intent model for each language; English is required
     * @param englishOnlyChannels channels that cannot work in Welsh (voice: Alexa has no Welsh)
     * @param council the council whose details the wording gives
     */
    public LanguageSupport(WelshEnglishDetector detector, Map<Language, IntentClassifier> classifiers,
            Set<String> englishOnlyChannels, Council council) {
        if (!classifiers.containsKey(Language.ENGLISH)) {
            throw new IllegalArgumentException("An English intent model is required");
        }
        this.detector = detector;
        this.classifiers = new EnumMap<>(classifiers);
        this.englishOnlyChannels = Set.copyOf(englishOnlyChannels);
        for (Language language : Language.values()) {
            messages.put(language, AssistantMessages.of(language, council));
        }
    }

    /** Single-language support: English only (for tools and tests that need no Welsh). */
    public static LanguageSupport englishOnly(IntentClassifier english, Council council) {
        return new LanguageSupport(null, Map.of(Language.ENGLISH, english), Set.of(), council);
    }

    /** The language of this message: the resident's choice, else what the message is written in, else as before. */
    public Language languageOf(ConversationSession session, String text) {
        if (!session.languageChosen() && detector != null) {
            detector.detect(text).ifPresent(session::setLanguage);
        }
        return session.language();
    }

    /** True when the resident wrote in a language the channel cannot answer in (Welsh to Alexa). */
    public boolean unsupportedOn(String channel, Language language) {
        return language != Language.ENGLISH && englishOnlyChannels.contains(channel);
    }

    public IntentClassifier classifier(Language language) {
        return classifiers.getOrDefault(language, classifiers.get(Language.ENGLISH));
    }

    public AssistantMessages messages(Language language) {
        return messages.get(language);
    }
}
