package org.councilassistant.server.security;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and the staff home page, which links to the consoles the signed-in roles allow. */
@Controller
class StaffPagesController {

    /** {@code ?error} after a failed sign-in, {@code ?logout} after signing out. */
    @GetMapping(SecurityConfiguration.LOGIN_PAGE)
    String login(Authentication authentication, @RequestParam(required = false) String error,
            @RequestParam(required = false) String logout, Model model) {
        if (authentication != null) {
            return "redirect:" + SecurityConfiguration.HOME_PAGE;
        }
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", logout != null);
        return "login";
    }

    @GetMapping(SecurityConfiguration.HOME_PAGE)
    String home() {
        return "staff-home";
    }
}
