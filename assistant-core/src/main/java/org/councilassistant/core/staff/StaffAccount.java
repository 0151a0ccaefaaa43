package org.councilassistant.core.staff;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A member of staff who can sign in. Usernames are lower-case ASCII, so that two accounts can never differ only
 * in case; the password hash is not part of the account (see {@link StaffCredentials}).
 */
public record StaffAccount(long id, String username, String displayName, Set<StaffRole> roles, boolean enabled,
        Instant createdAt) {

    /** 2 to 80 characters: lower-case letters, digits, and {@code . _ @ -} after the first. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,79}");

    public StaffAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(roles, "roles");
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** The form a username is stored and compared in: trimmed and lower-cased. */
    public static String normaliseUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public boolean hasRole(StaffRole role) {
        return roles.contains(role);
    }
}
