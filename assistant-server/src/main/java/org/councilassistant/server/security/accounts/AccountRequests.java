package org.councilassistant.server.security.accounts;

import java.util.List;

/** The bodies the admin account API accepts; those with a password keep it out of {@code toString()}. */
final class AccountRequests {

    private AccountRequests() {
    }

    /** {@code POST /api/admin/accounts}. */
    record NewAccount(String username, String displayName, String password, List<String> roles) {

        @Override
        public String toString() {
            return "NewAccount[username=" + username + ", displayName=" + displayName + ", roles=" + roles + "]";
        }
    }

    /** {@code PATCH /api/admin/accounts/{username}}: either or both. */
    record AccountChange(List<String> roles, Boolean enabled) {
    }

    /** {@code POST /api/admin/accounts/{username}/password}. */
    record NewPassword(String password) {

        @Override
        public String toString() {
            return "NewPassword[(hidden)]";
        }
    }
}
