package org.councilassistant.server.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code assistant.admin.*}: the first admin account, created at start-up if it does not exist.
 *
 * @param username the admin's username
 * @param password the admin's password; when unset and there is no admin yet, one is generated and logged once
 */
@ConfigurationProperties("assistant.admin")
public record AdminProperties(@DefaultValue("admin") String username, String password) {

    boolean hasPassword() {
        return password != null && !password.isEmpty();
    }

    @Override
    public String toString() {
        return "AdminProperties[username=" + username + ", password=" + (hasPassword() ? "(set)" : "(unset)") + "]";
    }
}
