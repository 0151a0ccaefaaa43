package org.councilassistant.webchat.council;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Residents' pages, made for the council: the page that hosts the chat (and shows councils how to embed it)
 * and the assistant's accessibility statement.
 */
@Controller
class ResidentPages {

    static final String ACCESSIBILITY = "/accessibility";

    @GetMapping({"/", "/index.html"})
    String home() {
        return "residents/index";
    }

    @GetMapping(ACCESSIBILITY)
    String accessibility() {
        return "residents/accessibility";
    }
}
