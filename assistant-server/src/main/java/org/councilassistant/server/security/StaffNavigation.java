package org.councilassistant.server.security;

import java.util.Collection;
import java.util.List;

import org.councilassistant.core.staff.StaffRole;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every staff page (model attribute {@code staff}) the signed-in username and the consoles that person
 * may open, so that pages link only to what the roles allow; null when nobody is signed in.
 */
@ControllerAdvice(basePackages = {"org.councilassistant.server.security", "org.councilassistant.webchat.staff"})
class StaffNavigation {

    private static final List<Console> CONSOLES = List.of(
            new Console("Agent console", "/agent/",
                    "Take over conversations residents have asked to hand to a person.", StaffRole.AGENT),
            new Console("Knowledge base", "/staff/",
                    "Write, review and publish the articles the assistant answers from.", StaffRole.EDITOR),
            new Console("Staff accounts", "/admin/accounts", "Add staff, choose their roles and reset passwords.",
                    StaffRole.ADMIN));

    private final RoleHierarchy roleHierarchy;

    StaffNavigation(RoleHierarchy roleHierarchy) {
        this.roleHierarchy = roleHierarchy;
    }

    @ModelAttribute("staff")
    SignedIn staff(Authentication authentication) {
        if (authentication == null) {
            return null;
        }
        Collection<? extends GrantedAuthority> reachable =
                roleHierarchy.getReachableGrantedAuthorities(authentication.getAuthorities());
        List<Console> consoles = CONSOLES.stream()
                .filter(console -> reachable.stream()
                        .anyMatch(authority -> ("ROLE_" + console.role().name()).equals(authority.getAuthority())))
                .toList();
        return new SignedIn(authentication.getName(), consoles);
    }

    /** The signed-in member of staff, as pages show them. */
    record SignedIn(String username, List<Console> consoles) {
    }

    /** A console a role opens. */
    record Console(String name, String href, String description, StaffRole role) {
    }
}
