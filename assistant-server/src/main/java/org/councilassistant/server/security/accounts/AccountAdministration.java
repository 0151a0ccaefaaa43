package org.councilassistant.server.security.accounts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.councilassistant.core.staff.PasswordPolicy;
import org.councilassistant.core.staff.StaffAccount;
import org.councilassistant.core.staff.StaffAccountExistsException;
import org.councilassistant.core.staff.StaffAccounts;
import org.councilassistant.core.staff.StaffCredentials;
import org.councilassistant.core.staff.StaffRole;
import org.councilassistant.server.security.accounts.AccountProblem.FieldProblem;
import org.councilassistant.server.security.accounts.AccountRequests.AccountChange;
import org.councilassistant.server.security.accounts.AccountRequests.NewAccount;
import org.councilassistant.server.security.accounts.AccountRequests.NewPassword;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * What an admin may do to staff accounts, with the checks in words staff can act on. Passwords are hashed here
 * and go no further; the audit log names who changed which account, never a password. An admin cannot disable
 * their own account or take away their own ADMIN role, so there is always an admin who can sign in.
 */
@Component
class AccountAdministration {

    private static final Logger LOG = LoggerFactory.getLogger(AccountAdministration.class);
    private static final int MAX_DISPLAY_NAME = 120;

    private final StaffAccounts accounts;
    private final PasswordEncoder passwordEncoder;

    AccountAdministration(StaffAccounts accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    List<AccountView> list() {
        return accounts.list().stream().map(AccountView::of).toList();
    }

    AccountView get(String username) {
        return AccountView.of(existing(username));
    }

    AccountView create(NewAccount request, String admin) {
        List<FieldProblem> problems = new ArrayList<>();
        String username = StaffAccount.normaliseUsername(request.username());
        if (username.isEmpty()) {
            problems.add(new FieldProblem("username", "Enter a username"));
        } else if (!StaffAccount.USERNAME.matcher(username).matches()) {
            problems.add(new FieldProblem("username", "Username must be 2 to 80 characters: letters, digits, "
                    + "full stops, hyphens, underscores or @, starting with a letter or digit"));
        }
        String displayName = request.displayName() == null ? "" : request.displayName().strip();
        if (displayName.isEmpty()) {
            problems.add(new FieldProblem("displayName", "Enter the person’s name"));
        } else if (displayName.length() > MAX_DISPLAY_NAME) {
            problems.add(new FieldProblem("displayName", "Name must be " + MAX_DISPLAY_NAME + " characters or fewer"));
        }
        PasswordPolicy.problem(request.password())
                .ifPresent(problem -> problems.add(new FieldProblem("password", problem)));
        Set<StaffRole> roles = roles(request.roles(), problems);
        if (!problems.isEmpty()) {
            throw AccountProblem.invalid(problems);
        }
        try {
            StaffAccount account = accounts.create(username, displayName, passwordEncoder.encode(request.password()),
                    roles);
            LOG.info("Staff account '{}' created by '{}' with roles {}", username, admin, roles);
            return AccountView.of(account);
        } catch (StaffAccountExistsException e) {
            throw AccountProblem.conflict("Username taken",
                    "There is already a staff account with the username '" + username + "'");
        }
    }

    AccountView change(String username, AccountChange change, String admin) {
        StaffAccount account = existing(username);
        List<FieldProblem> problems = new ArrayList<>();
        if (change.roles() == null && change.enabled() == null) {
            problems.add(new FieldProblem("roles", "Send new roles, enabled, or both"));
        }
        Set<StaffRole> roles = change.roles() == null ? null : roles(change.roles(), problems);
        if (!problems.isEmpty()) {
            throw AccountProblem.invalid(problems);
        }
        boolean self = account.username().equals(StaffAccount.normaliseUsername(admin));
        if (self && Boolean.FALSE.equals(change.enabled())) {
            throw AccountProblem.conflict("Cannot disable yourself",
                    "You cannot disable your own account. Ask another admin to do it.");
        }
        if (self && roles != null && !roles.contains(StaffRole.ADMIN)) {
            throw AccountProblem.conflict("Cannot remove your own admin role",
                    "You cannot take the ADMIN role away from your own account. Ask another admin to do it.");
        }
        if (roles != null) {
            accounts.setRoles(account.username(), roles);
            LOG.info("Staff account '{}' given roles {} by '{}'", account.username(), roles, admin);
        }
        if (change.enabled() != null) {
            accounts.setEnabled(account.username(), change.enabled());
            LOG.info("Staff account '{}' {} by '{}'", account.username(),
                    change.enabled() ? "enabled" : "disabled", admin);
        }
        return get(account.username());
    }

    void changePassword(String username, NewPassword request, String admin) {
        StaffAccount account = existing(username);
        PasswordPolicy.problem(request.password()).ifPresent(problem -> {
            throw AccountProblem.invalid(List.of(new FieldProblem("password", problem)));
        });
        accounts.changePassword(account.username(), passwordEncoder.encode(request.password()));
        LOG.info("Password of staff account '{}' changed by '{}'", account.username(), admin);
    }

    private StaffAccount existing(String username) {
        return accounts.findByUsername(username)
                .map(StaffCredentials::account)
                .orElseThrow(() -> AccountProblem.notFound(StaffAccount.normaliseUsername(username)));
    }

    private static Set<StaffRole> roles(List<String> names, List<FieldProblem> problems) {
        if (names == null || names.isEmpty()) {
            problems.add(new FieldProblem("roles", "Choose at least one role"));
            return Set.of();
        }
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (String name : names) {
            try {
                roles.add(StaffRole.valueOf(String.valueOf(name).strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("roles",
                        "Unknown role '" + name + "': choose from AGENT, EDITOR and ADMIN"));
            }
        }
        return roles;
    }
}
