package org.councilassistant.core.staffintent;

import java.time.Instant;
import java.util.List;

import org.councilassistant.intents.catalogue.IntentDefinition;
import org.councilassistant.intents.language.Language;

/**
 * An intent staff added, as stored: its phrases, what it does, and who added and last changed it, when.
 */
public record StaffIntent(String name, List<String> englishPhrases, List<String> welshPhrases, IntentAction action,
        String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {

    public StaffIntent {
        englishPhrases = List.copyOf(englishPhrases);
        welshPhrases = List.copyOf(welshPhrases);
    }

    public List<String> phrases(Language language) {
        return language == Language.WELSH ? welshPhrases : englishPhrases;
    }

    /** The intent as the catalogue describes intents: its kind follows from what it does. */
    public IntentDefinition definition() {
        return new IntentDefinition(name, action.kind(), "Added by staff: " + action.description());
    }

    /** Its first English phrase: the words that stand for it where a channel resolves the intent itself (Alexa). */
    public String plainestWording() {
        return englishPhrases.isEmpty() ? name.replace('_', ' ') : englishPhrases.get(0);
    }
}
