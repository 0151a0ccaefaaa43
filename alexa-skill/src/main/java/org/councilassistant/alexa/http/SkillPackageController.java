package org.councilassistant.alexa.http;

import java.net.URI;

import org.councilassistant.alexa.config.AlexaProperties;
import org.councilassistant.alexa.model.SkillPackage;
import org.councilassistant.core.council.Council;
import org.councilassistant.core.staffintent.StaffIntents;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /api/admin/alexa/skill-package}: the council's Alexa skill package as a zip (admins only), made from
 * the council settings, to unpack and deploy with the ASK CLI. Alexa is sent to {@code assistant.alexa.endpoint},
 * or else to {@code /alexa} over HTTPS on the address the package was downloaded from. Its interaction model has
 * the intents staff added, as {@code /api/staff/alexa/interaction-model} has.
 */
@RestController
class SkillPackageController {

    private final Council council;
    private final AlexaProperties properties;
    private final StaffIntents staffIntents;

    SkillPackageController(Council council, AlexaProperties properties, StaffIntents staffIntents) {
        this.council = council;
        this.properties = properties;
        this.staffIntents = staffIntents;
    }

    @GetMapping("/api/admin/alexa/skill-package")
    ResponseEntity<byte[]> skillPackage() {
        URI endpoint = properties.endpoint() != null ? properties.endpoint()
                : ServletUriComponentsBuilder.fromCurrentContextPath().scheme("https").port(-1).path("/alexa")
                        .build().toUri();
        String file = council.alexaInvocationName().replace(' ', '-') + "-skill-package.zip";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(SkillPackage.forCouncil(council, endpoint, InteractionModelController.added(staffIntents)).zip());
    }
}
