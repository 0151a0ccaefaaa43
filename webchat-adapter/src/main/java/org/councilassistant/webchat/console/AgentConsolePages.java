package org.councilassistant.webchat.console;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the agent console, a static page ({@code static/agent/index.html}) that works from the agent API alone,
 * at {@code /agent} and {@code /agent/}.
 */
@Configuration(proxyBeanMethods = false)
class AgentConsolePages implements WebMvcConfigurer {

    private static final String CONSOLE = "forward:/agent/index.html";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        // Both spellings: Spring MVC no longer treats a trailing slash as the same path.
        registry.addViewController("/agent").setViewName(CONSOLE);
        registry.addViewController("/agent/").setViewName(CONSOLE);
    }
}
