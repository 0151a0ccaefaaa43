package org.councilassistant.server.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.councilassistant.core.staff.PasswordPolicy;
import org.councilassistant.core.staff.StaffAccount;
import org.councilassistant.core.staff.StaffAccountExistsException;
import org.councilassistant.core.staff.StaffAccounts;
import org.councilassistant.core.staff.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Makes sure someone can sign in to a new installation. At start-up, if there is no account named
 * {@code assistant.admin.username}: with {@code assistant.admin.password} set, that account is created as an
 * admin with that password; without it, and only if no enabled admin exists at all, it is created with a random
 * password that is logged this once. The password is kept only as a hash, so no later start can log it again,
 * and a later start finds the account and does nothing.
 */
final class InitialAdmin implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(InitialAdmin.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StaffAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final AdminProperties properties;

    InitialAdmin(StaffAccounts accounts, PasswordEncoder passwordEncoder, AdminProperties properties) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensureAnAdminExists();
    }

    void ensureAnAdminExists() {
        String username = StaffAccount.normaliseUsername(properties.username());
        if (!StaffAccount.USERNAME.matcher(username).matches()) {
            throw new IllegalStateException("assistant.admin.username is not a valid username: use 2 to 80 "
                    + "letters, digits, full stops, hyphens, underscores or @");
        }
        if (accounts.findByUsername(username).isPresent()) {
            return;
        }
        if (properties.hasPassword()) {
            PasswordPolicy.problem(properties.password()).ifPresent(problem -> {
                throw new IllegalStateException("assistant.admin.password is not acceptable: " + problem);
            });
            if (create(username, properties.password())) {
                LOG.info("Created the admin account '{}' with the password set in assistant.admin.password",
                        username);
            }
            return;
        }
        if (accounts.anyEnabled(StaffRole.ADMIN)) {
            return;
        }
        String generated = generatePassword();
        if (create(username, generated)) {
            LOG.warn("Created the admin account '{}' with the generated password: {}  -- This password is shown "
                    + "only once and is not stored anywhere: sign in now and change it (Staff accounts page), or "
                    + "set assistant.admin.password before the first start.", username, generated);
        }
    }

    private boolean create(String username, String password) {
        try {
            accounts.create(username, "Administrator", passwordEncoder.encode(password), Set.of(StaffRole.ADMIN));
            return true;
        } catch (StaffAccountExistsException e) {
            // Another instance sharing the database created it first; its password is not ours to show.
            return false;
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
