package org.councilassistant.alexa.http;

import org.councilassistant.alexa.model.AddedIntent;
import org.councilassistant.alexa.model.InteractionModelGenerator;
import org.councilassistant.core.staffintent.StaffIntents;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/staff/alexa/interaction-model} (EDITOR role): the skill's en-GB interaction model as it stands
 * now, with the intents staff added, in the ASK CLI's file layout, for staff to upload to the Alexa developer
 * console after they add or change one. The committed skill package holds only the catalogue's intents.
 */
@RestController
public class InteractionModelController {

    private final InteractionModelGenerator generator = new InteractionModelGenerator();
    private final StaffIntents staffIntents;

    public InteractionModelController(StaffIntents staffIntents) {
        this.staffIntents = staffIntents;
    }

    @GetMapping(path = "/api/staff/alexa/interaction-model", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> interactionModel() {
        var added = staffIntents.all().stream()
                .map(intent -> new AddedIntent(intent.name(), intent.englishPhrases()))
                .toList();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(InteractionModelGenerator.toJson(generator.generate(added)));
    }
}
