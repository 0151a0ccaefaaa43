package org.councilassistant.core.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff accounts in the assistant's database (H2 or PostgreSQL, migration V3). Usernames are looked up
 * case-insensitively; passwords arrive and leave only as hashes made by the caller.
 */
public final class StaffAccounts {

    private static final String COLUMNS = "id, username, display_name, password_hash, enabled, created_at";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public StaffAccounts(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.clock = clock;
    }

    /**
     * Creates an enabled account.
     *
     * @throws StaffAccountExistsException if the username is taken, in any case
     * @throws IllegalArgumentException if the username does not match {@link StaffAccount#USERNAME}, or the
     *         display name or hash is blank
     */
    public StaffAccount create(String username, String displayName, String passwordHash, Set<StaffRole> roles) {
        String name = StaffAccount.normaliseUsername(username);
        if (!StaffAccount.USERNAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a valid username: '" + name + "'");
        }
        if (displayName == null || displayName.isBlank() || passwordHash == null || passwordHash.isBlank()) {
            throw new IllegalArgumentException("A staff account needs a display name and a password hash");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try {
            long id = transactions.execute(status -> {
                KeyHolder keys = new GeneratedKeyHolder();
                jdbc.sql("INSERT INTO staff_account (username, display_name, password_hash, enabled, created_at) "
                                + "VALUES (?, ?, ?, ?, ?)")
                        .params(name, displayName.strip(), passwordHash, true, Timestamp.from(now))
                        .update(keys, "id");
                long newId = keys.getKeyAs(Number.class).longValue();
                writeRoles(newId, roles);
                return newId;
            });
            return new StaffAccount(id, name, displayName.strip(), roles, true, now);
        } catch (DuplicateKeyException e) {
            throw new StaffAccountExistsException(name);
        }
    }

    /** The account and its password hash, whatever the case of {@code username}. */
    public Optional<StaffCredentials> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff_account WHERE username = ?")
                .param(StaffAccount.normaliseUsername(username))
                .query((rs, n) -> new StaffCredentials(account(rs, Set.of()), rs.getString("password_hash")))
                .optional()
                .map(found -> new StaffCredentials(withRoles(found.account(), rolesOf(found.account().id())),
                        found.passwordHash()));
    }

    /** Every account, by username. */
    public List<StaffAccount> list() {
        Map<Long, Set<StaffRole>> roles = new HashMap<>();
        jdbc.sql("SELECT account_id, role FROM staff_account_role").query(rs -> {
            roles.computeIfAbsent(rs.getLong(1), id -> EnumSet.noneOf(StaffRole.class))
                    .add(StaffRole.valueOf(rs.getString(2)));
        });
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff_account ORDER BY username")
                .query((rs, n) -> account(rs, roles.getOrDefault(rs.getLong("id"), Set.of())))
                .list();
    }

    /** Whether at least one enabled account has the role. */
    public boolean anyEnabled(StaffRole role) {
        return jdbc.sql("SELECT COUNT(*) FROM staff_account a JOIN staff_account_role r ON r.account_id = a.id "
                        + "WHERE a.enabled = ? AND r.role = ?")
                .params(true, role.name())
                .query(Long.class)
                .single() > 0;
    }

    /** Replaces the account's roles; false if there is no such account. */
    public boolean setRoles(String username, Set<StaffRole> roles) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            Optional<Long> id = jdbc.sql("SELECT id FROM staff_account WHERE username = ?")
                    .param(StaffAccount.normaliseUsername(username))
                    .query(Long.class)
                    .optional();
            id.ifPresent(accountId -> {
                jdbc.sql("DELETE FROM staff_account_role WHERE account_id = ?").param(accountId).update();
                writeRoles(accountId, roles);
            });
            return id.isPresent();
        }));
    }

    /** Lets the account sign in, or stops it; false if there is no such account. */
    public boolean setEnabled(String username, boolean enabled) {
        return jdbc.sql("UPDATE staff_account SET enabled = ? WHERE username = ?")
                .params(enabled, StaffAccount.normaliseUsername(username))
                .update() > 0;
    }

    /** Stores a new password hash; false if there is no such account. */
    public boolean changePassword(String username, String passwordHash) {
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new IllegalArgumentException("A password hash is required");
        }
        return jdbc.sql("UPDATE staff_account SET password_hash = ? WHERE username = ?")
                .params(passwordHash, StaffAccount.normaliseUsername(username))
                .update() > 0;
    }

    private void writeRoles(long accountId, Set<StaffRole> roles) {
        for (StaffRole role : roles) {
            jdbc.sql("INSERT INTO staff_account_role (account_id, role) VALUES (?, ?)")
                    .params(accountId, role.name())
                    .update();
        }
    }

    private Set<StaffRole> rolesOf(long accountId) {
        List<StaffRole> roles = jdbc.sql("SELECT role FROM staff_account_role WHERE account_id = ?")
                .param(accountId)
                .query((rs, n) -> StaffRole.valueOf(rs.getString(1)))
                .list();
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    private static StaffAccount withRoles(StaffAccount account, Set<StaffRole> roles) {
        return new StaffAccount(account.id(), account.username(), account.displayName(), roles, account.enabled(),
                account.createdAt());
    }

    private static StaffAccount account(ResultSet rs, Set<StaffRole> roles) throws SQLException {
        return new StaffAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), roles,
                rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant());
    }
}
