package org.councilassistant.webchat.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the agent console at {@code /agent} and {@code /agent/}: a page ({@code templates/agent/console.html})
 * that names the council and otherwise works from the agent API alone.
 */
@Controller
class AgentConsolePages {

    // Both spellings: Spring MVC no longer treats a trailing slash as the same path.
    @GetMapping({"/agent", "/agent/"})
    String console() {
        return "agent/console";
    }
}
