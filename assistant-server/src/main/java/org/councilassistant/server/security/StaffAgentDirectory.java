package org.councilassistant.server.security;

import org.councilassistant.core.staff.StaffAccount;
import org.councilassistant.core.staff.StaffAccounts;
import org.councilassistant.core.staff.StaffRole;
import org.councilassistant.webchat.console.AgentDirectory;
import org.springframework.stereotype.Component;

/** The agent console's view of staff accounts: display names, and who can take a conversation. */
@Component
class StaffAgentDirectory implements AgentDirectory {

    private final StaffAccounts accounts;

    StaffAgentDirectory(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String displayName(String username) {
        return accounts.findByUsername(username).map(credentials -> credentials.account().displayName())
                .orElse(username);
    }

    @Override
    public boolean isAgent(String username) {
        return accounts.findByUsername(username).map(credentials -> credentials.account())
                .filter(StaffAccount::enabled)
                .filter(account -> account.hasRole(StaffRole.AGENT) || account.hasRole(StaffRole.ADMIN))
                .isPresent();
    }
}
