package org.councilassistant.core.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The inbox of questions the assistant did not answer well. A question like an open item (same language,
 * most words shared) adds to that item's count instead of making a new one, so staff see each problem once,
 * with how often it comes up.
 */
public final class UnansweredQuestions {

    /** Open items compared with each new question; the oldest beyond this are left alone. */
    private static final int OPEN_ITEMS_COMPARED = 2000;
    private static final String COLUMNS = "id, example, language, asked, reasons, best_intent, best_confidence, "
            + "first_asked_at, last_asked_at, status, resolution";

    /** An item this node filed, and the reasons it then had (the stored ones can only be more). */
    private record FiledItem(long id, Set<UnansweredReason> reasons) {
    }

    private final JdbcClient jdbc;
    /** Questions this node filed (language and signature) and their items. */
    private final Cache<String, FiledItem> filedItems = Caffeine.newBuilder().maximumSize(10_000).build();

    public UnansweredQuestions(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * Adds a question (already redacted) to the inbox, grouping it with a near-duplicate if there is one; returns
     * the item's id. A question this node has already filed with this reason only adds to that item's count, in
     * one statement and without taking the lock: residents ask the same few things over and over.
     */
    public long record(String question, String language, UnansweredReason reason, String bestIntent,
            Double bestConfidence, Instant at) {
        Set<String> signature = QuestionSignature.of(question);
        String key = language + ':' + QuestionSignature.encode(signature);
        FiledItem filed = filedItems.getIfPresent(key);
        if (filed != null && filed.reasons().contains(reason) && countAgain(filed.id(), at)) {
            return filed.id();
        }
        return recordWithLock(key, signature, question, language, reason, bestIntent, bestConfidence, at);
    }

    /** Matching against every open item must not race with itself, or two near-duplicates become two items. */
    private synchronized long recordWithLock(String key, Set<String> signature, String question, String language,
            UnansweredReason reason, String bestIntent, Double bestConfidence, Instant at) {
        Optional<Long> same = nearDuplicate(signature, language);
        long id;
        Set<UnansweredReason> reasons;
        if (same.isPresent()) {
            id = same.get();
            UnansweredQuestion item = find(id).orElseThrow();
            reasons = EnumSet.copyOf(item.reasons());
            reasons.add(reason);
            jdbc.sql("UPDATE unanswered_question SET asked = asked + 1, reasons = ?, last_asked_at = ? WHERE id = ?")
                    .params(encode(reasons), Timestamp.from(at), id).update();
        } else {
            var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("INSERT INTO unanswered_question (signature, example, language, asked, reasons, best_intent, "
                            + "best_confidence, first_asked_at, last_asked_at, status) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, 'OPEN')")
                    .params(truncate(QuestionSignature.encode(signature), 500), truncate(question, 1000), language, reason.name(),
                            bestIntent, bestConfidence, Timestamp.from(at), Timestamp.from(at))
                    .update(keys, "id");
            id = keys.getKeyAs(Number.class).longValue();
            reasons = EnumSet.of(reason);
        }
        filedItems.put(key, new FiledItem(id, reasons));
        return id;
    }

    /** One more ask of an item still open; false if staff have closed it (the next ask starts a fresh item). */
    private boolean countAgain(long id, Instant at) {
        return jdbc.sql("UPDATE unanswered_question SET asked = asked + 1, last_asked_at = ? WHERE id = ? "
                        + "AND status = 'OPEN'")
                .params(Timestamp.from(at), id).update() == 1;
    }

    /** Open items, most asked first. */
    public List<UnansweredQuestion> open(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM unanswered_question WHERE status = 'OPEN' "
                        + "ORDER BY asked DESC, last_asked_at DESC, id FETCH FIRST " + limit + " ROWS ONLY")
                .query(UnansweredQuestions::item).list();
    }

    public Optional<UnansweredQuestion> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM unanswered_question WHERE id = ?").param(id)
                .query(UnansweredQuestions::item).optional();
    }

    /** Closes an open item: {@code RESOLVED} with what was done, or {@code DISMISSED}. False if it was not open. */
    public boolean close(long id, boolean resolved, String resolution, String staff, Instant at) {
        return jdbc.sql("UPDATE unanswered_question SET status = ?, resolution = ?, resolved_by = ?, resolved_at = ? "
                        + "WHERE id = ? AND status = 'OPEN'")
                .params(resolved ? "RESOLVED" : "DISMISSED", truncate(resolution, 300), staff, Timestamp.from(at), id)
                .update() == 1;
    }

    private Optional<Long> nearDuplicate(Set<String> signature, String language) {
        record Candidate(long id, Set<String> words) {
        }
        List<Candidate> candidates = jdbc.sql("SELECT id, signature FROM unanswered_question WHERE status = 'OPEN' "
                        + "AND language = ? ORDER BY last_asked_at DESC FETCH FIRST " + OPEN_ITEMS_COMPARED + " ROWS ONLY")
                .param(language)
                .query((rs, row) -> new Candidate(rs.getLong("id"), QuestionSignature.decode(rs.getString("signature"))))
                .list();
        return candidates.stream()
                .filter(candidate -> QuestionSignature.similarity(signature, candidate.words())
                        >= QuestionSignature.SAME_QUESTION)
                .max(java.util.Comparator.comparingDouble(candidate ->
                        QuestionSignature.similarity(signature, candidate.words())))
                .map(Candidate::id);
    }

    private static String encode(Set<UnansweredReason> reasons) {
        return reasons.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private static UnansweredQuestion item(ResultSet rs, int row) throws SQLException {
        Set<UnansweredReason> reasons = Arrays.stream(rs.getString("reasons").split(","))
                .map(UnansweredReason::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(UnansweredReason.class)));
        Number confidence = (Number) rs.getObject("best_confidence");
        return new UnansweredQuestion(rs.getLong("id"), rs.getString("example"), rs.getString("language"),
                rs.getInt("asked"), reasons, rs.getString("best_intent"),
                confidence == null ? null : confidence.doubleValue(), rs.getTimestamp("first_asked_at").toInstant(),
                rs.getTimestamp("last_asked_at").toInstant(), rs.getString("status"), rs.getString("resolution"));
    }
}
