package org.councilassistant.knowledgebase.synonym;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every saved synonym list; the highest version is the one search uses. */
public class SynonymRepository {

    private static final String COLUMNS = "version, content, author, saved_at";

    private final JdbcClient jdbc;

    public SynonymRepository(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public Optional<SynonymList> current() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM synonym_list WHERE version = (SELECT MAX(version) FROM synonym_list)")
                .query(SynonymRepository::row)
                .optional();
    }

    /** Every saved version, newest first. */
    public List<SynonymList> history() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM synonym_list ORDER BY version DESC")
                .query(SynonymRepository::row)
                .list();
    }

    /** Stores {@code text} as version 1 unless a list is stored already (another node may be seeding too). */
    public void seedIfEmpty(String text, String author, Instant now) {
        if (current().isEmpty()) {
            try {
                insert(1, text, author, now);
            } catch (DataIntegrityViolationException e) {
                // Another node stored version 1 first: its list is the same bundled one.
            }
        }
    }

    /**
     * Stores {@code text} as the version after {@code expectedVersion}.
     *
     * @throws SynonymVersionConflictException if the current version is not {@code expectedVersion}
     */
    public SynonymList save(String text, int expectedVersion, String author, Instant now) {
        int current = current().map(SynonymList::version).orElse(0);
        if (current != expectedVersion) {
            throw conflict(expectedVersion);
        }
        try {
            insert(expectedVersion + 1, text, author, now);
        } catch (DataIntegrityViolationException e) {
            throw conflict(expectedVersion);
        }
        return new SynonymList(expectedVersion + 1, text, author, now);
    }

    private SynonymVersionConflictException conflict(int expectedVersion) {
        return new SynonymVersionConflictException(expectedVersion,
                current().orElse(new SynonymList(0, "", "", Instant.EPOCH)));
    }

    private void insert(int version, String text, String author, Instant now) {
        jdbc.sql("INSERT INTO synonym_list (" + COLUMNS + ") VALUES (?, ?, ?, ?)")
                .params(version, text, author, Timestamp.from(now))
                .update();
    }

    private static SynonymList row(ResultSet rs, int rowNum) throws SQLException {
        return new SynonymList(rs.getInt("version"), rs.getString("content"), rs.getString("author"),
                rs.getTimestamp("saved_at").toInstant());
    }
}
