package org.councilassistant.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

import com.zaxxer.hikari.HikariDataSource;
import org.councilassistant.knowledgebase.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Runs on H2, and on the real PostgreSQL server with {@code -Ppostgres}. */
class StaffAccountsTests {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    private static final String HASH = "{bcrypt}$2a$10$abcdefghijklmnopqrstuu7f9Ff8Mq5Xv7WwJQ0dJvBxD5rJmPqvS2";

    private HikariDataSource dataSource;
    private StaffAccounts accounts;

    @BeforeEach
    void migrate() {
        dataSource = TestDatabases.migrated();
        accounts = new StaffAccounts(dataSource, Clock.fixed(T0, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void runsOnTheDatabaseTheBuildAskedFor() throws Exception {
        assertThat(TestDatabases.productName(dataSource))
                .isEqualTo(TestDatabases.usingPostgres() ? "PostgreSQL" : "H2");
    }

    @Test
    void createsAnEnabledAccountAndFindsItWhateverTheCase() {
        StaffAccount created = accounts.create("  J.Smith@Brackenfield ", "Jo Smith", HASH,
                EnumSet.of(StaffRole.AGENT, StaffRole.EDITOR));

        assertThat(created.username()).isEqualTo("j.smith@brackenfield");
        StaffCredentials found = accounts.findByUsername("J.SMITH@brackenfield").orElseThrow();
        assertThat(found.account()).isEqualTo(created);
        assertThat(found.account().roles()).containsExactly(StaffRole.AGENT, StaffRole.EDITOR);
        assertThat(found.account().enabled()).isTrue();
        assertThat(found.account().createdAt()).isEqualTo(T0);
        assertThat(found.passwordHash()).isEqualTo(HASH);
    }

    @Test
    void refusesASecondAccountWithTheSameUsernameInAnyCase() {
        accounts.create("editor", "Ed One", HASH, Set.of(StaffRole.EDITOR));

        assertThatThrownBy(() -> accounts.create("EDITOR", "Ed Two", HASH, Set.of(StaffRole.EDITOR)))
                .isInstanceOf(StaffAccountExistsException.class)
                .hasMessageContaining("'editor'");
        assertThat(accounts.list()).extracting(StaffAccount::displayName).containsExactly("Ed One");
    }

    @Test
    void theDatabaseItselfRefusesAUsernameThatIsNotLowerCase() {
        JdbcClient jdbc = JdbcClient.create(dataSource);

        assertThatThrownBy(() -> jdbc.sql("INSERT INTO staff_account (username, display_name, password_hash, "
                        + "enabled, created_at) VALUES ('Admin', 'A', 'x', TRUE, CURRENT_TIMESTAMP)").update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a", "-admin", "jo smith", "jo/smith", "jo\u00e9"})
    void refusesUsernamesOutsideTheAllowedCharacters(String username) {
        assertThatThrownBy(() -> accounts.create(username, "Someone", HASH, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listsEveryAccountByUsernameWithItsRoles() {
        accounts.create("zoe", "Zoe", HASH, Set.of(StaffRole.ADMIN));
        accounts.create("amir", "Amir", HASH, Set.of());
        accounts.create("mo", "Mo", HASH, Set.of(StaffRole.AGENT));

        assertThat(accounts.list()).extracting(StaffAccount::username).containsExactly("amir", "mo", "zoe");
        assertThat(accounts.list()).extracting(StaffAccount::roles)
                .containsExactly(Set.of(), Set.of(StaffRole.AGENT), Set.of(StaffRole.ADMIN));
    }

    @Test
    void replacesRolesDisablesAndChangesThePassword() {
        accounts.create("mo", "Mo", HASH, Set.of(StaffRole.AGENT));

        assertThat(accounts.setRoles("MO", Set.of(StaffRole.EDITOR, StaffRole.ADMIN))).isTrue();
        assertThat(accounts.setEnabled("Mo", false)).isTrue();
        assertThat(accounts.changePassword("mo", "{bcrypt}new")).isTrue();

        StaffCredentials mo = accounts.findByUsername("mo").orElseThrow();
        assertThat(mo.account().roles()).containsExactly(StaffRole.EDITOR, StaffRole.ADMIN);
        assertThat(mo.account().enabled()).isFalse();
        assertThat(mo.passwordHash()).isEqualTo("{bcrypt}new");
    }

    @Test
    void changesToAnAccountThatDoesNotExistReportFalse() {
        assertThat(accounts.setRoles("nobody", Set.of(StaffRole.ADMIN))).isFalse();
        assertThat(accounts.setEnabled("nobody", true)).isFalse();
        assertThat(accounts.changePassword("nobody", HASH)).isFalse();
        assertThat(accounts.findByUsername("nobody")).isEmpty();
    }

    @Test
    void knowsWhetherAnEnabledAccountHasARole() {
        assertThat(accounts.anyEnabled(StaffRole.ADMIN)).isFalse();
        accounts.create("boss", "Boss", HASH, Set.of(StaffRole.ADMIN));
        assertThat(accounts.anyEnabled(StaffRole.ADMIN)).isTrue();
        assertThat(accounts.anyEnabled(StaffRole.AGENT)).isFalse();

        accounts.setEnabled("boss", false);
        assertThat(accounts.anyEnabled(StaffRole.ADMIN)).isFalse();
    }

    @Test
    void keepsThePasswordHashOutOfToString() {
        accounts.create("mo", "Mo", HASH, Set.of(StaffRole.AGENT));

        assertThat(accounts.findByUsername("mo").orElseThrow().toString()).contains("mo").doesNotContain(HASH);
    }
}
