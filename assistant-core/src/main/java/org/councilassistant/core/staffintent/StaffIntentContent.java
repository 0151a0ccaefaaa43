package org.councilassistant.core.staffintent;

import java.util.List;
import java.util.Objects;

/**
 * What staff submit for an intent of their own.
 *
 * @param name lowercase words joined by underscores, like the catalogue's names ({@code allotments_waiting_list})
 * @param englishPhrases what residents say that means it, one phrase each
 * @param welshPhrases the same in Welsh; may be empty
 * @param action what the assistant does about it; null when staff chose nothing
 */
public record StaffIntentContent(String name, List<String> englishPhrases, List<String> welshPhrases,
        IntentAction action) {

    public StaffIntentContent {
        englishPhrases = englishPhrases == null ? List.of() : englishPhrases.stream().filter(Objects::nonNull).toList();
        welshPhrases = welshPhrases == null ? List.of() : welshPhrases.stream().filter(Objects::nonNull).toList();
    }
}
