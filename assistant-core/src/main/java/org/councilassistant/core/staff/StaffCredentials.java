package org.councilassistant.core.staff;

import java.util.Objects;

/** An account with its password hash, for signing in; {@link #toString()} leaves the hash out of logs. */
public record StaffCredentials(StaffAccount account, String passwordHash) {

    public StaffCredentials {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }

    @Override
    public String toString() {
        return "StaffCredentials[account=" + account + ", passwordHash=(hidden)]";
    }
}
