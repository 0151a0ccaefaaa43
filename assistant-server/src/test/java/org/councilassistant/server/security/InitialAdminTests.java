package org.councilassistant.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import org.councilassistant.core.staff.StaffAccounts;
import org.councilassistant.core.staff.StaffCredentials;
import org.councilassistant.core.staff.StaffRole;
import org.councilassistant.knowledgebase.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first admin: from the configured password, or generated and logged once, at the first start only. */
@ExtendWith(OutputCaptureExtension.class)
class InitialAdminTests {

    private static final Pattern GENERATED = Pattern.compile("with the generated password: (\\S+)");

    private final PasswordEncoder passwordEncoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private HikariDataSource dataSource;
    private StaffAccounts accounts;

    @BeforeEach
    void migrate() {
        dataSource = TestDatabases.migrated();
        accounts = new StaffAccounts(dataSource, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void createsTheAdminWithTheConfiguredPasswordWithoutLoggingIt(CapturedOutput output) {
        start(new AdminProperties("Boss", "configured password 1"));

        StaffCredentials boss = accounts.findByUsername("boss").orElseThrow();
        assertThat(boss.account().roles()).containsExactly(StaffRole.ADMIN);
        assertThat(boss.passwordHash()).startsWith("{bcrypt}$2a$").isNotEqualTo("configured password 1");
        assertThat(passwordEncoder.matches("configured password 1", boss.passwordHash())).isTrue();
        assertThat(output.getAll()).contains("Created the admin account 'boss'")
                .doesNotContain("configured password 1");
    }

    @Test
    void generatesARandomPasswordAtTheFirstStartLogsItOnceAndNeverAgain(CapturedOutput output) {
        start(new AdminProperties("admin", null));

        Matcher logged = GENERATED.matcher(output.getAll());
        assertThat(logged.find()).as("the generated password is logged").isTrue();
        String password = logged.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(12);
        assertThat(output.getAll()).contains("shown only once").contains("change it");
        String hash = accounts.findByUsername("admin").orElseThrow().passwordHash();
        assertThat(hash).doesNotContain(password);
        assertThat(passwordEncoder.matches(password, hash)).isTrue();

        start(new AdminProperties("admin", null));
        start(new AdminProperties("admin", ""));

        assertThat(GENERATED.matcher(output.getAll()).results().count()).isEqualTo(1);
        assertThat(accounts.findByUsername("admin").orElseThrow().passwordHash()).isEqualTo(hash);
    }

    @Test
    void generatesNothingWhenAnotherAdminAlreadyExists(CapturedOutput output) {
        accounts.create("chief", "Chief", passwordEncoder.encode("chief's password"), Set.of(StaffRole.ADMIN));

        start(new AdminProperties("admin", null));

        assertThat(accounts.findByUsername("admin")).isEmpty();
        assertThat(output.getAll()).doesNotContain("generated password");
    }

    @Test
    void leavesAnExistingAdminAndItsPasswordAlone() {
        start(new AdminProperties("admin", "the first password"));
        String hash = accounts.findByUsername("admin").orElseThrow().passwordHash();

        start(new AdminProperties("admin", "a different password"));

        assertThat(accounts.findByUsername("admin").orElseThrow().passwordHash()).isEqualTo(hash);
    }

    @Test
    void refusesToStartWithAConfiguredPasswordShorterThanTwelveCharacters(CapturedOutput output) {
        assertThatThrownBy(() -> start(new AdminProperties("admin", "short")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 12 characters")
                .hasMessageNotContaining("short\"");
        assertThat(accounts.list()).isEmpty();
    }

    @Test
    void keepsThePasswordOutOfThePropertiesToString() {
        assertThat(new AdminProperties("admin", "configured password 1").toString())
                .doesNotContain("configured password 1");
    }

    private void start(AdminProperties properties) {
        new InitialAdmin(accounts, passwordEncoder, properties).ensureAnAdminExists();
    }
}
