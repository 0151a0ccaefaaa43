package org.councilassistant.server.security.accounts;

import java.net.URI;
import java.util.List;

import org.councilassistant.server.security.accounts.AccountRequests.AccountChange;
import org.councilassistant.server.security.accounts.AccountRequests.NewAccount;
import org.councilassistant.server.security.accounts.AccountRequests.NewPassword;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** The admin API for staff accounts (ADMIN only, by the security configuration's rule for {@code /api/admin/**}). */
@RestController
@RequestMapping("/api/admin/accounts")
class AccountsController {

    private final AccountAdministration administration;

    AccountsController(AccountAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    List<AccountView> list() {
        return administration.list();
    }

    @GetMapping("/{username}")
    AccountView get(@PathVariable String username) {
        return administration.get(username);
    }

    @PostMapping
    ResponseEntity<AccountView> create(@RequestBody NewAccount request, Authentication admin) {
        AccountView created = administration.create(request, admin.getName());
        URI location = UriComponentsBuilder.fromPath("/api/admin/accounts/{username}")
                .buildAndExpand(created.username()).encode().toUri();
        return ResponseEntity.created(location).body(created);
    }

    @PatchMapping("/{username}")
    AccountView change(@PathVariable String username, @RequestBody AccountChange change, Authentication admin) {
        return administration.change(username, change, admin.getName());
    }

    @PostMapping("/{username}/password")
    ResponseEntity<Void> changePassword(@PathVariable String username, @RequestBody NewPassword request,
            Authentication admin) {
        administration.changePassword(username, request, admin.getName());
        return ResponseEntity.noContent().build();
    }
}
