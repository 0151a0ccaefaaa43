package org.councilassistant.server.security;

import org.councilassistant.core.staff.StaffAccount;
import org.councilassistant.core.staff.StaffAccounts;
import org.councilassistant.core.staff.StaffCredentials;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Signs staff in against their accounts: each {@code StaffRole} becomes a {@code ROLE_} authority, and a hash
 * made with an older encoding is re-hashed at the next successful sign-in.
 */
final class StaffUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final StaffAccounts accounts;

    StaffUserDetailsService(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(StaffUserDetailsService::user)
                .orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        accounts.changePassword(user.getUsername(), newPassword);
        return User.withUserDetails(user).password(newPassword).build();
    }

    private static UserDetails user(StaffCredentials credentials) {
        StaffAccount account = credentials.account();
        return User.withUsername(account.username())
                .password(credentials.passwordHash())
                .disabled(!account.enabled())
                .roles(account.roles().stream().map(Enum::name).toArray(String[]::new))
                .build();
    }
}
