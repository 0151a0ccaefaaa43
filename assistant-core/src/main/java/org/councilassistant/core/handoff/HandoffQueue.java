package org.councilassistant.core.handoff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Handoffs in the database: the queue agents work from (urgent first, then oldest), shared by every node.
 * Claiming is one conditional UPDATE, so two agents claiming the same conversation cannot both win.
 */
public final class HandoffQueue {

    private static final String COLUMNS = "id, conversation_id, status, reason, urgent, topic, details, requested_at, "
            + "agent, claimed_at, ended_at";
    private static final String QUEUE_ORDER = " ORDER BY urgent DESC, requested_at, id";

    private final JdbcClient jdbc;

    public HandoffQueue(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public Handoff enqueue(String conversationId, HandoffReason reason, boolean urgent, String topic, String details,
            Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO handoff (conversation_id, status, reason, urgent, topic, details, requested_at) "
                        + "VALUES (?, 'QUEUED', ?, ?, ?, ?, ?)")
                .params(conversationId, reason.name(), urgent, topic, details, Timestamp.from(at))
                .update(keys, "id");
        return find(keys.getKeyAs(Number.class).longValue()).orElseThrow();
    }

    public Optional<Handoff> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM handoff WHERE id = ?").param(id).query(HandoffQueue::handoff)
                .optional();
    }

    /** The conversation's queued or connected handoff, if any. */
    public Optional<Handoff> active(String conversationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM handoff WHERE conversation_id = ? AND status IN ('QUEUED', "
                        + "'CONNECTED') ORDER BY id DESC")
                .param(conversationId).query(HandoffQueue::handoff).list().stream().findFirst();
    }

    /** The conversation's most recent handoff, whatever its status. */
    public Optional<Handoff> latest(String conversationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM handoff WHERE conversation_id = ? ORDER BY id DESC")
                .param(conversationId).query(HandoffQueue::handoff).list().stream().findFirst();
    }

    /** Everyone waiting, in the order agents should take them. */
    public List<Handoff> waiting() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM handoff WHERE status = 'QUEUED'" + QUEUE_ORDER)
                .query(HandoffQueue::handoff).list();
    }

    public List<Handoff> connectedTo(String agent) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM handoff WHERE status = 'CONNECTED' AND agent = ? ORDER BY claimed_at")
                .param(agent).query(HandoffQueue::handoff).list();
    }

    /**
     * 1 for the next to be answered; 0 when it is not waiting. Counted in the database rather than by reading the
     * whole queue: on a busy day the queue is long and every resident in it asks for their place.
     */
    public int positionOf(Handoff handoff) {
        Timestamp requestedAt = Timestamp.from(handoff.requestedAt());
        return jdbc.sql("SELECT COUNT(*) AS ahead, COUNT(CASE WHEN id = ? THEN 1 END) AS waiting FROM handoff "
                        + "WHERE status = 'QUEUED' AND (urgent > ? OR (urgent = ? AND (requested_at < ? "
                        + "OR (requested_at = ? AND id <= ?))))")
                .params(handoff.id(), handoff.urgent(), handoff.urgent(), requestedAt, requestedAt, handoff.id())
                .query((rs, row) -> rs.getInt("waiting") == 0 ? 0 : rs.getInt("ahead"))
                .single();
    }

    /** True if this agent now has the conversation; false if someone else claimed it first or it ended. */
    public boolean claim(long id, String agent, Instant at) {
        return jdbc.sql("UPDATE handoff SET status = 'CONNECTED', agent = ?, claimed_at = ? WHERE id = ? AND status = 'QUEUED'")
                .params(agent, Timestamp.from(at), id).update() == 1;
    }

    public boolean transfer(long id, String fromAgent, String toAgent) {
        return jdbc.sql("UPDATE handoff SET agent = ? WHERE id = ? AND status = 'CONNECTED' AND agent = ?")
                .params(toAgent, id, fromAgent).update() == 1;
    }

    public boolean end(long id, String agent, Instant at) {
        return jdbc.sql("UPDATE handoff SET status = 'ENDED', ended_at = ? WHERE id = ? AND status = 'CONNECTED' AND agent = ?")
                .params(Timestamp.from(at), id, agent).update() == 1;
    }

    public boolean cancel(String conversationId, Instant at) {
        return jdbc.sql("UPDATE handoff SET status = 'CANCELLED', ended_at = ? WHERE conversation_id = ? AND status = 'QUEUED'")
                .params(Timestamp.from(at), conversationId).update() > 0;
    }

    private static Handoff handoff(ResultSet rs, int row) throws SQLException {
        return new Handoff(rs.getLong("id"), rs.getString("conversation_id"), HandoffStatus.valueOf(rs.getString("status")),
                HandoffReason.valueOf(rs.getString("reason")), rs.getBoolean("urgent"), rs.getString("topic"),
                rs.getString("details"), rs.getTimestamp("requested_at").toInstant(), rs.getString("agent"),
                instant(rs.getTimestamp("claimed_at")), instant(rs.getTimestamp("ended_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
