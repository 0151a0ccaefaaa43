package org.councilassistant.alexa.http;

import java.util.List;

import org.councilassistant.alexa.model.AddedIntent;
import org.councilassistant.alexa.model.InteractionModelGenerator;
import org.councilassistant.core.council.Council;
import org.councilassistant.core.staffintent.StaffIntents;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/staff/alexa/interaction-model} (EDITOR role): the skill's en-GB interaction model as it stands
 * now, for the council's invocation name and with the intents staff added, in the ASK CLI's file layout, for staff
 * to upload to the Alexa developer console after they add or change one. The committed skill package holds only
 * the catalogue's intents, for the sample council.
 */
@RestController
public class InteractionModelController {

    private final InteractionModelGenerator generator = new InteractionModelGenerator();
    private final StaffIntents staffIntents;
    private final Council council;

    public InteractionModelController(StaffIntents staffIntents, Council council) {
        this.staffIntents = staffIntents;
        this.council = council;
    }

    @GetMapping(path = "/api/staff/alexa/interaction-model", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> interactionModel() {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(InteractionModelGenerator.toJson(generator.generate(council, added(staffIntents))));
    }

    /** The intents staff added, as the interaction model takes them. */
    static List<AddedIntent> added(StaffIntents staffIntents) {
        return staffIntents.all().stream()
                .map(intent -> new AddedIntent(intent.name(), intent.englishPhrases()))
                .toList();
    }
}
