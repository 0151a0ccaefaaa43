package org.councilassistant.knowledgebase.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.councilassistant.knowledgebase.testing.TestDatabases;
import org.councilassistant.knowledgebase.validation.ValidationException;
import org.councilassistant.knowledgebase.validation.ValidationProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs on H2, and on PostgreSQL with -Ppostgres. */
class ServiceNoticesTests {

    private static final Instant MONDAY = Instant.parse("2026-12-28T08:00:00Z");
    private static final Instant FRIDAY = Instant.parse("2027-01-01T18:00:00Z");
    private static final String EDITOR = "editor@brackenfield.example";
    private static final String BINS = "bin_collection_day";
    private static final String MISSED = "missed_bin";

    private HikariDataSource dataSource;
    private ServiceNotices notices;

    @BeforeEach
    void migrate() {
        dataSource = TestDatabases.migrated();
        notices = new ServiceNotices(dataSource, Clock.fixed(MONDAY.plusSeconds(3600), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void aNoticeIsActiveOnlyWithinItsWindowAndForItsIntents() {
        ServiceNotice notice = notices.create(new NoticeDraft("Collections are a day late this week.",
                List.of(BINS, MISSED), MONDAY, FRIDAY), EDITOR);

        assertThat(notices.activeNotices(BINS, MONDAY)).containsExactly(notice);
        assertThat(notices.activeNotices(MISSED, FRIDAY.minusSeconds(1))).containsExactly(notice);
        assertThat(notices.activeNotices(BINS, MONDAY.minusSeconds(1))).isEmpty();
        assertThat(notices.activeNotices(BINS, FRIDAY)).isEmpty();
        assertThat(notices.activeNotices("council_tax_pay", MONDAY.plusSeconds(60))).isEmpty();
    }

    @Test
    void storesEveryPartOfANotice() {
        ServiceNotice notice = notices.create(new NoticeDraft("Collections are a day late this week.",
                List.of(MISSED, BINS), MONDAY, FRIDAY), EDITOR);

        assertThat(notices.notice(notice.id())).contains(notice);
        assertThat(notice.intents()).containsExactly(BINS, MISSED);
        assertThat(notice.author()).isEqualTo(EDITOR);
        assertThat(notice.createdAt()).isEqualTo(MONDAY.plusSeconds(3600));
        assertThat(notices.all()).containsExactly(notice);
    }

    @Test
    void listsOverlappingNoticesInOrderOfStart() {
        ServiceNotice later = notices.create(new NoticeDraft("Second.", List.of(BINS), MONDAY.plusSeconds(60), FRIDAY),
                EDITOR);
        ServiceNotice earlier = notices.create(new NoticeDraft("First.", List.of(BINS), MONDAY, FRIDAY), EDITOR);

        assertThat(notices.activeNotices(BINS, MONDAY.plusSeconds(120))).containsExactly(earlier, later);
    }

    @Test
    void updatingReplacesTheTextIntentsAndWindow() {
        ServiceNotice notice = notices.create(new NoticeDraft("Late.", List.of(BINS), MONDAY, FRIDAY), EDITOR);

        ServiceNotice updated = notices.update(notice.id(),
                new NoticeDraft("Two days late.", List.of(MISSED), MONDAY, FRIDAY.plusSeconds(86_400)), "other editor");

        assertThat(updated.message()).isEqualTo("Two days late.");
        assertThat(updated.author()).isEqualTo("other editor");
        assertThat(notices.activeNotices(BINS, MONDAY)).isEmpty();
        assertThat(notices.activeNotices(MISSED, FRIDAY)).containsExactly(updated);
    }

    @Test
    void expiringEndsANoticeNowAndKeepsItOnRecord() {
        ServiceNotice running = notices.create(new NoticeDraft("Late.", List.of(BINS), MONDAY, FRIDAY), EDITOR);
        ServiceNotice future = notices.create(new NoticeDraft("Later.", List.of(BINS), FRIDAY, FRIDAY.plusSeconds(60)),
                EDITOR);
        Instant now = MONDAY.plusSeconds(3600);

        notices.expire(running.id(), EDITOR);
        notices.expire(future.id(), EDITOR);

        assertThat(notices.activeNotices(BINS, now)).isEmpty();
        assertThat(notices.activeNotices(BINS, FRIDAY)).isEmpty();
        assertThat(notices.unexpired(now)).isEmpty();
        assertThat(notices.all()).hasSize(2).allMatch(notice -> notice.expiresAt().equals(now));
    }

    @Test
    void refusesANoticeWithoutTextIntentsOrAValidWindow() {
        assertThatThrownBy(() -> notices.create(new NoticeDraft(" ", List.of(), FRIDAY, MONDAY), EDITOR))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(ValidationProblem::field).containsExactly("message", "intents", "expiresAt"));
        assertThatThrownBy(() -> notices.create(new NoticeDraft("Late.", List.of("Bin Day"), MONDAY, FRIDAY), ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(ValidationProblem::field).containsExactly("intents[1]", "author"));
        assertThat(notices.all()).isEmpty();
    }

    @Test
    void reportsANoticeThatDoesNotExist() {
        assertThatThrownBy(() -> notices.expire(42, EDITOR)).isInstanceOf(NoticeNotFoundException.class);
        assertThatThrownBy(() -> notices.update(42, new NoticeDraft("Late.", List.of(BINS), MONDAY, FRIDAY), EDITOR))
                .isInstanceOf(NoticeNotFoundException.class);
    }

    @Test
    void aCachedCopyStillStatesEachNoticeOnlyWithinItsWindow() {
        ServiceNotices cached = new ServiceNotices(dataSource, Clock.systemUTC(), Duration.ofHours(1));
        ServiceNotice notice = cached.create(new NoticeDraft("Collections are a day late this week.", List.of(BINS),
                MONDAY, FRIDAY), EDITOR);

        assertThat(cached.activeNotices(BINS, MONDAY.plusSeconds(60))).containsExactly(notice);
        assertThat(cached.activeNotices(MISSED, MONDAY.plusSeconds(60))).isEmpty();
        assertThat(cached.activeNotices(BINS, FRIDAY)).isEmpty();
        assertThat(cached.activeNotices(BINS, MONDAY.minusSeconds(1))).isEmpty();
        assertThat(cached.activeNotices(BINS, MONDAY)).containsExactly(notice);
    }

    @Test
    void aNoticeAddedChangedOrEndedOnThisNodeIsStatedAtOnceThoughAnswersUseACopy() {
        ServiceNotices cached = new ServiceNotices(dataSource, Clock.fixed(MONDAY, ZoneOffset.UTC),
                Duration.ofHours(1));
        Instant now = MONDAY.plusSeconds(60);
        assertThat(cached.activeNotices(BINS, now)).isEmpty();

        ServiceNotice created = cached.create(new NoticeDraft("Collections are a day late this week.",
                List.of(BINS), MONDAY, FRIDAY), EDITOR);
        assertThat(cached.activeNotices(BINS, now)).containsExactly(created);

        ServiceNotice changed = cached.update(created.id(), new NoticeDraft("Collections are two days late.",
                List.of(BINS), MONDAY, FRIDAY), EDITOR);
        assertThat(cached.activeNotices(BINS, now)).containsExactly(changed);

        cached.expire(created.id(), EDITOR);
        assertThat(cached.activeNotices(BINS, now)).isEmpty();
    }

    @Test
    void anotherNodesNewNoticeIsReadOnlyWhenTheCopyIsRenewed() {
        ServiceNotices thisNode = new ServiceNotices(dataSource, Clock.systemUTC(), Duration.ofHours(1));
        ServiceNotices otherNode = new ServiceNotices(dataSource, Clock.systemUTC());
        assertThat(thisNode.activeNotices(BINS, MONDAY)).isEmpty();

        otherNode.create(new NoticeDraft("Collections are a day late this week.", List.of(BINS), MONDAY, FRIDAY),
                EDITOR);

        assertThat(thisNode.activeNotices(BINS, MONDAY.plusSeconds(60))).isEmpty();
        assertThat(otherNode.activeNotices(BINS, MONDAY.plusSeconds(60))).hasSize(1);
    }
}
