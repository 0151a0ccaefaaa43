package org.councilassistant.webchat.council;

import org.councilassistant.core.council.Council;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The council as the web pages and the widget show it, made once from the council settings. */
@Configuration(proxyBeanMethods = false)
class CouncilViewConfiguration {

    @Bean
    CouncilView councilView(Council council) {
        return CouncilView.of(council);
    }
}
