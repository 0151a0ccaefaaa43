package org.councilassistant.server.security;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.councilassistant.core.staff.StaffAccount;
import org.councilassistant.core.staff.StaffAccounts;
import org.councilassistant.core.staff.StaffCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session as soon as its account is disabled, removed or given other roles, instead of when it
 * times out: the request then continues as anonymous, so it is sent to sign in (or refused with 401), and
 * signing in again picks up the account as it now is. One small query per signed-in request.
 */
final class StaleSessionFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(StaleSessionFilter.class);
    private static final String ROLE_PREFIX = "ROLE_";

    private final StaffAccounts accounts;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    StaleSessionFilter(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof UserDetails user
                && isStale(user.getUsername(), roles(authentication))) {
            LOG.info("Ended a session of staff account '{}': the account was disabled, removed or given other roles",
                    user.getUsername());
            contexts.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean isStale(String username, Set<String> sessionRoles) {
        return accounts.findByUsername(username)
                .map(StaffCredentials::account)
                .filter(StaffAccount::enabled)
                .map(account -> !sessionRoles.equals(account.roles().stream()
                        .map(role -> ROLE_PREFIX + role.name())
                        .collect(Collectors.toSet())))
                .orElse(true);
    }

    /** Only the roles: Spring Security adds other authorities, such as the factor used to sign in. */
    private static Set<String> roles(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(ROLE_PREFIX))
                .collect(Collectors.toSet());
    }
}
