package org.councilassistant.core.staff;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a staff password must be: at least {@value #MIN_LENGTH} characters, so it resists guessing, and at most
 * {@value #MAX_BYTES} bytes in UTF-8, because bcrypt ignores (and Spring Security refuses) anything longer.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** Why the password is not acceptable, in words for the person choosing it; empty if it is acceptable. */
    public static Optional<String> problem(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Password must be at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Password must be no more than " + MAX_BYTES
                    + " characters (fewer if it has accented letters or symbols)");
        }
        return Optional.empty();
    }
}
