package org.councilassistant.webchat.staff;

import java.time.Instant;
import java.util.List;

import org.councilassistant.core.staffintent.StaffIntent;
import org.councilassistant.intents.catalogue.IntentKind;

/** An intent staff added, as the console shows it for editing: the form's fields and who added and changed it. */
record IntentView(String name, IntentKind kind, List<String> englishPhrases, List<String> welshPhrases,
        IntentForm.Action action, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {

    static IntentView of(StaffIntent intent) {
        return new IntentView(intent.name(), intent.action().kind(), intent.englishPhrases(), intent.welshPhrases(),
                IntentForm.Action.of(intent.action()), intent.createdBy(), intent.createdAt(), intent.updatedBy(),
                intent.updatedAt());
    }
}
