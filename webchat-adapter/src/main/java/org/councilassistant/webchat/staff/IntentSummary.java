package org.councilassistant.webchat.staff;

import java.time.Instant;

import org.councilassistant.core.staffintent.StaffIntent;
import org.councilassistant.intents.catalogue.IntentDefinition;
import org.councilassistant.intents.catalogue.IntentKind;

/**
 * One row of the intent list, bundled or staff's ({@code source} {@code BUNDLED} or {@code STAFF}): the pick lists
 * of the other console pages read {@code id}, {@code kind} and {@code description}.
 *
 * @param action what a staff intent does; null for a bundled one, which code acts on
 * @param updatedBy who last changed a staff intent; null for a bundled one
 */
record IntentSummary(String id, IntentKind kind, String description, String source, IntentForm.Action action,
        int englishPhrases, int welshPhrases, String updatedBy, Instant updatedAt) {

    static final String BUNDLED = "BUNDLED";
    static final String STAFF = "STAFF";

    static IntentSummary bundled(IntentDefinition intent, int englishPhrases, int welshPhrases) {
        return new IntentSummary(intent.id(), intent.kind(), intent.description(), BUNDLED, null, englishPhrases,
                welshPhrases, null, null);
    }

    static IntentSummary staff(StaffIntent intent) {
        IntentDefinition definition = intent.definition();
        return new IntentSummary(intent.name(), definition.kind(), definition.description(), STAFF,
                IntentForm.Action.of(intent.action()), intent.englishPhrases().size(), intent.welshPhrases().size(),
                intent.updatedBy(), intent.updatedAt());
    }
}
