package org.councilassistant.knowledgebase.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.assertj.core.api.Assertions.tuple;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.councilassistant.knowledgebase.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Runs on H2, and on the real PostgreSQL server with {@code -Ppostgres}. */
class ArticleRepositoryTests {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    private HikariDataSource dataSource;
    private ArticleRepository repository;

    @BeforeEach
    void migrate() {
        dataSource = TestDatabases.migrated();
        repository = new ArticleRepository(dataSource);
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
    void aBulkChangeSavesAndArchivesTogetherOrNotAtAll() {
        Article kept = repository.insert(article("pay-council-tax", ArticleStatus.PUBLISHED), T0);
        Article leaving = repository.insert(article("old-page", ArticleStatus.PUBLISHED), T0);
        String stampBefore = repository.publishedStamp();
        Article stale = repository.update(leaving.withAuthor("someone@brackenfield.example"), T0);
        Article created = article("new-page", ArticleStatus.PUBLISHED).content().toArticle("new-page", 0, null);

        assertThatThrownBy(() -> repository.saveAll(new BulkChange(List.of(created), List.of(leaving)), "importer",
                T0)).isInstanceOf(ArticleVersionConflictException.class);

        assertThat(repository.findById("new-page")).isEmpty();
        assertThat(repository.findById("old-page").orElseThrow().isPublished()).isTrue();
        BulkSave saved = repository.saveAll(new BulkChange(List.of(created, kept), List.of(stale)), "importer", T0);
        assertThat(saved).isEqualTo(new BulkSave(1, 0, 1, 1));
        assertThat(repository.findById("old-page").orElseThrow().status()).isEqualTo(ArticleStatus.ARCHIVED);
        assertThat(repository.versions("old-page")).last().extracting(ArticleVersion::change, ArticleVersion::author)
                .containsExactly(ArticleChange.ARCHIVED, "importer");
        assertThat(repository.publishedStamp()).isNotEqualTo(stampBefore);
    }

    @Test
    void storesAndReadsBackEveryPartOfAnArticle() {
        repository.insert(article("pay-council-tax", ArticleStatus.PUBLISHED), T0);

        Article read = repository.findById("pay-council-tax").orElseThrow();

        assertThat(read.title()).isEqualTo("Pay your council tax");
        assertThat(read.links()).containsExactly(new ArticleLink("Pay online", "https://www.brackenfield.example/pay"),
                new ArticleLink("Set up a Direct Debit", "https://www.brackenfield.example/dd"));
        assertThat(read.alternateQuestions()).containsExactly("how do I pay my council tax", "can I pay by card");
        assertThat(read.keywords()).containsExactly("council tax", "direct debit");
        assertThat(read.intents()).containsExactly("council_tax_pay");
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.createdAt()).isEqualTo(T0);
        assertThat(read.author()).isEqualTo("editor@brackenfield.example");
    }

    @Test
    void savingAChangeMakesANewVersion() {
        Article first = repository.insert(article("pay-council-tax", ArticleStatus.PUBLISHED), T0);

        Article changed = new Article(first.id(), "Paying council tax", first.spokenAnswer(), first.answer(),
                List.of(), List.of("pay council tax"), first.keywords(), first.serviceArea(), first.intents(),
                ArticleStatus.PUBLISHED, first.version(), first.createdAt(), first.updatedAt(), "another editor");
        Article second = repository.update(changed, T0.plusSeconds(60));

        assertThat(second.version()).isEqualTo(2);
        Article read = repository.findById(first.id()).orElseThrow();
        assertThat(read.title()).isEqualTo("Paying council tax");
        assertThat(read.links()).isEmpty();
        assertThat(read.alternateQuestions()).containsExactly("pay council tax");
        assertThat(read.updatedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void aSecondSaveFromTheSameVersionIsAConflictAndChangesNothing() {
        Article first = repository.insert(article("pay-council-tax", ArticleStatus.PUBLISHED), T0);
        repository.update(first, T0.plusSeconds(1));

        assertThatThrownBy(() -> repository.update(first.withStatus(ArticleStatus.ARCHIVED), T0.plusSeconds(2)))
                .isInstanceOfSatisfying(ArticleVersionConflictException.class,
                        conflict -> assertThat(conflict.currentVersion()).isEqualTo(2));
        assertThat(repository.findById(first.id()).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void theStampChangesWhenPublishedContentChanges() {
        Article published = repository.insert(article("a", ArticleStatus.PUBLISHED), T0);
        String before = repository.publishedStamp();

        repository.insert(article("b", ArticleStatus.DRAFT), T0);
        assertThat(repository.publishedStamp()).isEqualTo(before);

        repository.update(published, T0);
        assertThat(repository.publishedStamp()).isNotEqualTo(before);
        assertThat(repository.findPublished()).extracting(Article::id).containsExactly("a");
        assertThat(repository.count()).isEqualTo(2);
    }

    @Test
    void savesInsideAnOuterTransactionCommitTogetherOrNotAtAll() {
        assertThatThrownBy(() -> repository.inTransaction(() -> {
            repository.insert(article("a", ArticleStatus.PUBLISHED), T0);
            repository.insert(article("b", ArticleStatus.DRAFT), T0);
            throw new IllegalStateException("the third row was bad");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(repository.count()).isZero();
        assertThat(repository.stamp().articlesRevision()).isZero();
    }

    @Test
    void anArticleWrittenWithoutHistoryHasItsVersionRecordedWhenItNextChanges() {
        // As the benchmarks load articles: straight into the tables, with no version rows.
        JdbcClient.create(dataSource).sql("INSERT INTO article (id, title, spoken_answer, answer, service_area, status, "
                        + "version, created_at, updated_at, author) VALUES ('bulk', 'Bulk', 'S.', 'A.', 'Bins', 'DRAFT', 3, "
                        + "?, ?, 'loader')")
                .params(Timestamp.from(T0), Timestamp.from(T0)).update();
        Article loaded = repository.findById("bulk").orElseThrow();
        assertThat(repository.versions("bulk")).extracting(ArticleVersion::version, ArticleVersion::change)
                .containsExactly(tuple(3, ArticleChange.RECORDED));

        repository.update(loaded.withAuthor("editor"), T0.plusSeconds(60));

        assertThat(repository.versions("bulk")).extracting(ArticleVersion::version, ArticleVersion::change,
                ArticleVersion::author).containsExactly(tuple(3, ArticleChange.RECORDED, "loader"),
                        tuple(4, ArticleChange.EDITED, "editor"));
        assertThat(repository.version("bulk", 3).orElseThrow().content()).isEqualTo(loaded.content());
    }

    static Article article(String id, ArticleStatus status) {
        return new Article(id, "Pay your council tax", "You can pay online, by Direct Debit or by phone.",
                "Pay online at any time.\n\n- Direct Debit\n- Card",
                List.of(new ArticleLink("Pay online", "https://www.brackenfield.example/pay"),
                        new ArticleLink("Set up a Direct Debit", "https://www.brackenfield.example/dd")),
                List.of("how do I pay my council tax", "can I pay by card"), List.of("council tax", "direct debit"),
                "Council tax", List.of("council_tax_pay"), status, 1, T0, T0, "editor@brackenfield.example");
    }
}
