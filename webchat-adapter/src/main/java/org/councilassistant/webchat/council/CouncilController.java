package org.councilassistant.webchat.council;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/chat/council}: what the widget shows of the council (its name, logo, colour, phone number and
 * privacy notice), so that the widget itself names no council. Public and cross-origin, like the chat API.
 */
@RestController
class CouncilController {

    private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final CouncilView council;

    CouncilController(CouncilView council) {
        this.council = council;
    }

    @GetMapping("/api/chat/council")
    ResponseEntity<CouncilView> council() {
        return ResponseEntity.ok().cacheControl(FIVE_MINUTES).body(council);
    }
}
