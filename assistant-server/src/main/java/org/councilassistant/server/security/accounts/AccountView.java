package org.councilassistant.server.security.accounts;

import java.time.Instant;
import java.util.List;

import org.councilassistant.core.staff.StaffAccount;
import org.councilassistant.core.staff.StaffRole;

/** A staff account as the admin API shows it: never the password hash. */
record AccountView(String username, String displayName, List<StaffRole> roles, boolean enabled, Instant createdAt) {

    static AccountView of(StaffAccount account) {
        return new AccountView(account.username(), account.displayName(), List.copyOf(account.roles()),
                account.enabled(), account.createdAt());
    }
}
