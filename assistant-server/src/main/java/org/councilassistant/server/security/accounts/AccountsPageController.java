package org.councilassistant.server.security.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff accounts page; its script does the work through the admin API. */
@Controller
class AccountsPageController {

    @GetMapping({"/admin", "/admin/"})
    String admin() {
        return "redirect:/admin/accounts";
    }

    @GetMapping("/admin/accounts")
    String accounts() {
        return "admin/accounts";
    }
}
