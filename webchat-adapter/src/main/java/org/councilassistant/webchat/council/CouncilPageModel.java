package org.councilassistant.webchat.council;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page, residents' and staff's, the council as the model attribute {@code council}. */
@ControllerAdvice
class CouncilPageModel {

    private final CouncilView council;

    CouncilPageModel(CouncilView council) {
        this.council = council;
    }

    @ModelAttribute("council")
    CouncilView council() {
        return council;
    }
}
