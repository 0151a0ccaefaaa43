package org.councilassistant.server.security;

import java.util.Set;

import org.councilassistant.core.staff.StaffAccounts;
import org.councilassistant.core.staff.StaffRole;
import org.councilassistant.server.RunningAssistant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real application over HTTP with a configured admin password; the security test classes extend it so that
 * they share one running application. Each test names its own accounts, so tests do not disturb each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "assistant.admin.password=" + SecuredAssistant.ADMIN_PASSWORD)
@Import(RunningAssistant.FixedClock.class)
public abstract class SecuredAssistant {

    protected static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "configured admin password";
    protected static final String PASSWORD = "a staff password";

    @LocalServerPort
    protected int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        RunningAssistant.freshDataDirectory(registry);
    }

    StaffBrowser browser() {
        return new StaffBrowser(port);
    }

    StaffBrowser admin() {
        return browser().signIn(ADMIN, ADMIN_PASSWORD);
    }

    /** A browser signed in as an account with these roles (created on first use, password {@link #PASSWORD}). */
    protected StaffBrowser signedInWith(String username, StaffRole... roles) {
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.create(username, "Test " + username, passwordEncoder.encode(PASSWORD), Set.of(roles));
        }
        return browser().signIn(username, PASSWORD);
    }
}
