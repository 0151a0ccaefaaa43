package org.councilassistant.webchat.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets council web pages on other origins embed the widget: the chat API answers cross-origin requests from
 * the configured origins ({@code assistant.webchat.allowed-origins}, comma-separated; {@code *} for any).
 */
@Configuration(proxyBeanMethods = false)
class WebChatCorsConfiguration implements WebMvcConfigurer {

    private final String[] allowedOrigins;

    WebChatCorsConfiguration(@Value("${assistant.webchat.allowed-origins:*}") String[] allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/api/chat/**")
                .allowedOriginPatterns(allowedOrigins)
                .allowedMethods("GET", "POST", "PUT", "OPTIONS")
                .allowedHeaders("Content-Type")
                .allowCredentials(false);
    }
}
