package org.councilassistant.knowledgebase.sync;

import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads and raises the published stamp kept in {@code knowledge_base_state}. */
public final class Revisions {

    private final JdbcClient jdbc;

    public Revisions(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The stamp as committed now: one single-row query, cheap enough to poll every few seconds. */
    public PublishedStamp current() {
        PublishedStamp stamp = read();
        if (stamp.databaseId() == null) {
            jdbc.sql("UPDATE knowledge_base_state SET database_id = ? WHERE id = 1 AND database_id IS NULL")
                    .param(UUID.randomUUID().toString())
                    .update();
            stamp = read();
        }
        return stamp;
    }

    /**
     * Raises the articles revision; call inside the transaction that changes the published set. The row lock
     * this takes is held to commit, so revisions commit in order.
     */
    public long raiseArticlesRevision() {
        jdbc.sql("UPDATE knowledge_base_state SET articles_revision = articles_revision + 1 WHERE id = 1").update();
        return jdbc.sql("SELECT articles_revision FROM knowledge_base_state WHERE id = 1").query(Long.class).single();
    }

    private PublishedStamp read() {
        return jdbc.sql("SELECT database_id, articles_revision, "
                        + "(SELECT COALESCE(MAX(version), 0) FROM synonym_list) FROM knowledge_base_state WHERE id = 1")
                .query((rs, n) -> new PublishedStamp(rs.getString(1), rs.getLong(2), rs.getInt(3)))
                .single();
    }
}
