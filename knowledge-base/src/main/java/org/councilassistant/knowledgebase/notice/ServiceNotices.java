package org.councilassistant.knowledgebase.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.councilassistant.knowledgebase.validation.Texts;
import org.councilassistant.knowledgebase.validation.ValidationException;
import org.councilassistant.knowledgebase.validation.ValidationProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Service notices staff post for a while ("Bin collections are a day late after the storm"), stored in the
 * database so every node states the same ones. Expiring a notice ends it now and keeps it on record. The notices
 * stated in answers may come from a copy in memory up to a few seconds old (see {@link UnexpiredNotices}).
 */
public class ServiceNotices {

    private static final String COLUMNS = "n.id, n.message, n.starts_at, n.expires_at, n.author, n.created_at, "
            + "n.updated_at";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final UnexpiredNotices unexpired;

    /** Every answer reads the database: for tools and tests that share a database between instances. */
    public ServiceNotices(DataSource dataSource, Clock clock) {
        this(dataSource, clock, Duration.ZERO);
    }

    /** @param cacheFor how old the notices stated in answers may be; changes made through this instance show at once */
    public ServiceNotices(DataSource dataSource, Clock clock, Duration cacheFor) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.clock = clock;
        this.unexpired = new UnexpiredNotices(this::unexpired, cacheFor);
    }

    /** The notices to state for {@code intent} at {@code now}, earliest start first. */
    public List<ServiceNotice> activeNotices(String intent, Instant now) {
        return unexpired.at(now).stream()
                .filter(notice -> notice.isActiveAt(now) && notice.intents().contains(intent))
                .toList();
    }

    /** Every notice, past, present and future, earliest start first. */
    public List<ServiceNotice> all() {
        return load(null);
    }

    /** The notices not yet expired at {@code now}, running or still to start. */
    public List<ServiceNotice> unexpired(Instant now) {
        return load("n.expires_at > ?", Timestamp.from(now));
    }

    public Optional<ServiceNotice> notice(long id) {
        return load("n.id = ?", id).stream().findFirst();
    }

    /** @throws ValidationException if the notice breaks a rule; nothing is saved */
    public ServiceNotice create(NoticeDraft draft, String author) {
        validate(draft, author);
        Instant now = now();
        long id = transactions.execute(status -> {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO service_notice (message, starts_at, expires_at, author, created_at, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?)")
                    .params(draft.message(), Timestamp.from(draft.startsAt()), Timestamp.from(draft.expiresAt()),
                            author, Timestamp.from(now), Timestamp.from(now))
                    .update(key, "id");
            long created = key.getKey().longValue();
            writeIntents(created, draft.intents());
            return created;
        });
        unexpired.changed();
        return notice(id).orElseThrow();
    }

    /** Replaces a notice's text, intents and window. */
    public ServiceNotice update(long id, NoticeDraft draft, String author) {
        validate(draft, author);
        transactions.executeWithoutResult(status -> {
            int updated = jdbc.sql("UPDATE service_notice SET message = ?, starts_at = ?, expires_at = ?, author = ?, "
                            + "updated_at = ? WHERE id = ?")
                    .params(draft.message(), Timestamp.from(draft.startsAt()), Timestamp.from(draft.expiresAt()),
                            author, Timestamp.from(now()), id)
                    .update();
            if (updated == 0) {
                throw new NoticeNotFoundException(id);
            }
            jdbc.sql("DELETE FROM service_notice_intent WHERE notice_id = ?").param(id).update();
            writeIntents(id, draft.intents());
        });
        unexpired.changed();
        return notice(id).orElseThrow();
    }

    /** Ends a notice now (one still to start never starts); an expired notice stays as it is. */
    public ServiceNotice expire(long id, String author) {
        ServiceNotice notice = notice(id).orElseThrow(() -> new NoticeNotFoundException(id));
        Instant now = now();
        if (!notice.expiresAt().isAfter(now)) {
            return notice;
        }
        Instant startsAt = notice.startsAt().isAfter(now) ? now : notice.startsAt();
        return update(id, new NoticeDraft(notice.message(), notice.intents(), startsAt, now), author);
    }

    private void writeIntents(long id, List<String> intents) {
        for (String intent : intents) {
            jdbc.sql("INSERT INTO service_notice_intent (notice_id, intent) VALUES (?, ?)").params(id, intent).update();
        }
    }

    private static void validate(NoticeDraft draft, String author) {
        List<ValidationProblem> problems = new ArrayList<>();
        Texts.required("message", draft.message(), Texts.NOTICE_LENGTH, false, problems);
        if (draft.intents().isEmpty()) {
            problems.add(ValidationProblem.of("intents", "name at least one intent the notice applies to"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < draft.intents().size(); i++) {
            String intent = draft.intents().get(i);
            Texts.intent("intents[" + (i + 1) + "]", intent, problems);
            if (intent != null && !seen.add(intent)) {
                problems.add(ValidationProblem.of("intents[" + (i + 1) + "]", "repeats " + intent));
            }
        }
        if (draft.startsAt() == null) {
            problems.add(ValidationProblem.of("startsAt", "is required"));
        }
        if (draft.expiresAt() == null) {
            problems.add(ValidationProblem.of("expiresAt", "is required"));
        } else if (draft.startsAt() != null && draft.expiresAt().isBefore(draft.startsAt())) {
            problems.add(ValidationProblem.of("expiresAt", "must not be before the start"));
        }
        Texts.required("author", author, Texts.AUTHOR_LENGTH, true, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private List<ServiceNotice> load(String where, Object... params) {
        String filter = where == null ? "" : " WHERE " + where;
        List<ServiceNotice> notices = jdbc.sql("SELECT " + COLUMNS + " FROM service_notice n" + filter
                        + " ORDER BY n.starts_at, n.id")
                .params(params)
                .query(ServiceNotices::row)
                .list();
        if (notices.isEmpty()) {
            return notices;
        }
        Map<Long, List<String>> intents = new HashMap<>();
        jdbc.sql("SELECT i.notice_id, i.intent FROM service_notice_intent i JOIN service_notice n ON n.id = i.notice_id"
                        + filter)
                .params(params)
                .query(rs -> {
                    intents.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return notices.stream().map(n -> new ServiceNotice(n.id(), n.message(),
                intents.getOrDefault(n.id(), List.of()).stream().sorted().toList(), n.startsAt(), n.expiresAt(),
                n.author(), n.createdAt(), n.updatedAt())).toList();
    }

    private static ServiceNotice row(ResultSet rs, int rowNum) throws SQLException {
        return new ServiceNotice(rs.getLong("id"), rs.getString("message"), List.of(),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                rs.getString("author"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
