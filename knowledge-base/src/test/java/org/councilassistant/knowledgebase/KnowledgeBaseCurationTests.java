package org.councilassistant.knowledgebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.article.ArticleChange;
import org.councilassistant.knowledgebase.article.ArticleLink;
import org.councilassistant.knowledgebase.article.ArticleNotFoundException;
import org.councilassistant.knowledgebase.article.ArticleStatus;
import org.councilassistant.knowledgebase.article.ArticleVersion;
import org.councilassistant.knowledgebase.article.ArticleVersionConflictException;
import org.councilassistant.knowledgebase.article.ArticleWorkflowException;
import org.councilassistant.knowledgebase.history.ArticleDiff;
import org.councilassistant.knowledgebase.history.ArticleField;
import org.councilassistant.knowledgebase.history.DiffLine;
import org.councilassistant.knowledgebase.history.DiffLine.Kind;
import org.councilassistant.knowledgebase.search.SearchHit;
import org.councilassistant.knowledgebase.search.SearchRequest;
import org.councilassistant.knowledgebase.seed.SeedArticles;
import org.councilassistant.knowledgebase.testing.Articles;
import org.councilassistant.knowledgebase.testing.TestDatabases;
import org.councilassistant.knowledgebase.validation.ValidationException;
import org.councilassistant.knowledgebase.validation.ValidationProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staff editing articles: versions, conflicts, the workflow. Runs on H2, and on PostgreSQL with -Ppostgres. */
class KnowledgeBaseCurationTests {

    private static final String ALICE = "alice@brackenfield.example";
    private static final String BOB = "bob@brackenfield.example";

    @TempDir
    Path indexDirectory;

    private HikariDataSource dataSource;
    private KnowledgeBase knowledgeBase;

    @BeforeEach
    void open() {
        dataSource = TestDatabases.migrated();
        knowledgeBase = KnowledgeBase.open(dataSource, indexDirectory, Clock.systemUTC());
        knowledgeBase.seedIfEmpty(SeedArticles.load());
        knowledgeBase.synchronise();
    }

    @AfterEach
    void close() throws Exception {
        knowledgeBase.close();
        dataSource.close();
    }

    @Test
    void seedingIsVersionOneBySeed() {
        ArticleVersion first = knowledgeBase.versions("pay-council-tax").get(0);

        assertThat(first.version()).isEqualTo(1);
        assertThat(first.author()).isEqualTo("seed");
        assertThat(first.change()).isEqualTo(ArticleChange.SEEDED);
        assertThat(first.content()).isEqualTo(knowledgeBase.article("pay-council-tax").orElseThrow().content());
    }

    @Test
    void theSecondOfTwoEditorsSavingFromTheSameVersionIsRefusedAndNothingIsLost() {
        Article read = knowledgeBase.article("pay-council-tax").orElseThrow();
        Article alices = withTitle(read, "Pay your council tax online");
        Article bobs = withTitle(read, "Paying council tax");

        knowledgeBase.update(alices, ALICE);

        assertThatThrownBy(() -> knowledgeBase.update(bobs, BOB))
                .isInstanceOfSatisfying(ArticleVersionConflictException.class, conflict -> {
                    assertThat(conflict.expectedVersion()).isEqualTo(1);
                    assertThat(conflict.currentVersion()).isEqualTo(2);
                    assertThat(conflict.current().title()).isEqualTo("Pay your council tax online");
                    assertThat(conflict.current().author()).isEqualTo(ALICE);
                });
        Article stored = knowledgeBase.article("pay-council-tax").orElseThrow();
        assertThat(stored.title()).isEqualTo("Pay your council tax online");
        assertThat(stored.version()).isEqualTo(2);
        assertThat(knowledgeBase.versions("pay-council-tax")).extracting(v -> v.content().title())
                .containsExactly(read.title(), "Pay your council tax online");
    }

    @Test
    void workflowChangesAreOptimisticallyLockedToo() {
        Article read = knowledgeBase.article("pay-council-tax").orElseThrow();
        knowledgeBase.update(withTitle(read, "Pay your council tax online"), ALICE);

        assertThatThrownBy(() -> knowledgeBase.archive("pay-council-tax", read.version(), BOB))
                .isInstanceOf(ArticleVersionConflictException.class);
        assertThat(knowledgeBase.article("pay-council-tax").orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void everyChangeIsANewVersionWithItsAuthorAndAFullSnapshot() {
        Article draft = knowledgeBase.create(Articles.snowDraft(), ALICE);
        Article edited = knowledgeBase.update(withTitle(draft, "Bin collections in snow and ice"), BOB);
        Article published = knowledgeBase.publish(draft.id(), edited.version(), ALICE);
        Article archived = knowledgeBase.archive(draft.id(), published.version(), BOB);
        Article redrafted = knowledgeBase.toDraft(draft.id(), archived.version(), ALICE);

        List<ArticleVersion> versions = knowledgeBase.versions(draft.id());

        assertThat(redrafted.version()).isEqualTo(5);
        assertThat(versions).extracting(ArticleVersion::version).containsExactly(1, 2, 3, 4, 5);
        assertThat(versions).extracting(ArticleVersion::change).containsExactly(ArticleChange.CREATED,
                ArticleChange.EDITED, ArticleChange.PUBLISHED, ArticleChange.ARCHIVED, ArticleChange.RETURNED_TO_DRAFT);
        assertThat(versions).extracting(ArticleVersion::author).containsExactly(ALICE, BOB, ALICE, BOB, ALICE);
        assertThat(versions).extracting(v -> v.content().status()).containsExactly(ArticleStatus.DRAFT,
                ArticleStatus.DRAFT, ArticleStatus.PUBLISHED, ArticleStatus.ARCHIVED, ArticleStatus.DRAFT);
        assertThat(knowledgeBase.version(draft.id(), 2).content())
                .isEqualTo(withTitle(draft, "Bin collections in snow and ice").content());
        assertThat(versions.get(2).savedAt()).isEqualTo(published.updatedAt());
    }

    @Test
    void publishingMakesAnArticleSearchableAtOnceAndArchivingRemovesIt() {
        Article draft = knowledgeBase.create(Articles.snowDraft(), ALICE);
        assertThat(search("snow ice")).doesNotContain("snow-collections");

        Article published = knowledgeBase.publish(draft.id(), draft.version(), ALICE);
        assertThat(search("snow ice")).first().isEqualTo("snow-collections");
        assertThat(knowledgeBase.publishedArticle(draft.id())).contains(published);

        Article archived = knowledgeBase.archive(draft.id(), published.version(), ALICE);
        assertThat(search("snow ice")).doesNotContain("snow-collections");
        assertThat(knowledgeBase.publishedArticle(draft.id())).isEmpty();

        knowledgeBase.publish(draft.id(), archived.version(), BOB);
        assertThat(search("snow ice")).first().isEqualTo("snow-collections");
    }

    @Test
    void anEditToAPublishedArticleIsSearchableAtOnce() {
        Article article = knowledgeBase.article("pay-council-tax").orElseThrow();
        Article edited = new Article(article.id(), article.title(), article.spokenAnswer(), article.answer(),
                article.links(), List.of("can I pay my council tax with zorbleflex"), article.keywords(),
                article.serviceArea(), article.intents(), article.status(), article.version(), null, null, null);

        knowledgeBase.update(edited, ALICE);

        assertThat(search("zorbleflex")).containsExactly("pay-council-tax");
        assertThat(knowledgeBase.publishedArticle("pay-council-tax").orElseThrow().alternateQuestions())
                .containsExactly("can I pay my council tax with zorbleflex");
    }

    @Test
    void refusesToMoveAnArticleToTheStateItIsIn() {
        Article article = knowledgeBase.article("pay-council-tax").orElseThrow();

        assertThatThrownBy(() -> knowledgeBase.publish(article.id(), article.version(), ALICE))
                .isInstanceOf(ArticleWorkflowException.class);
        assertThat(knowledgeBase.versions(article.id())).hasSize(1);
    }

    @Test
    void diffsTwoVersionsFieldByFieldAndTheAnswerLineByLine() {
        Article draft = knowledgeBase.create(Articles.snowDraft(), ALICE);
        Article changed = new Article(draft.id(), draft.title(), draft.spokenAnswer(),
                "When it snows we collect bins when the roads are safe.\n\nLeave your bin out until 8pm.\nThank you.",
                List.of(new ArticleLink("Service updates", "https://www.brackenfield.example/bins/updates"),
                        new ArticleLink("Report a missed bin", "https://www.brackenfield.example/bins/missed")),
                draft.alternateQuestions(), List.of("snow"), draft.serviceArea(), draft.intents(), ArticleStatus.DRAFT,
                draft.version(), null, null, null);
        knowledgeBase.update(changed, BOB);

        ArticleDiff diff = knowledgeBase.diff(draft.id(), 1, 2);

        assertThat(diff.changedFields()).extracting(f -> f.field())
                .containsExactly(ArticleField.ANSWER, ArticleField.KEYWORDS, ArticleField.LINKS);
        assertThat(diff.field(ArticleField.ANSWER).lines()).containsExactly(
                new DiffLine(Kind.UNCHANGED, "When it snows we collect bins when the roads are safe."),
                new DiffLine(Kind.UNCHANGED, ""),
                new DiffLine(Kind.REMOVED, "Leave your bin out until 6pm."),
                new DiffLine(Kind.ADDED, "Leave your bin out until 8pm."),
                new DiffLine(Kind.ADDED, "Thank you."));
        assertThat(diff.field(ArticleField.KEYWORDS).lines()).containsExactly(
                new DiffLine(Kind.UNCHANGED, "snow"), new DiffLine(Kind.REMOVED, "ice"));
        assertThat(diff.field(ArticleField.LINKS).lines()).contains(
                new DiffLine(Kind.ADDED, "Report a missed bin|https://www.brackenfield.example/bins/missed"));
        assertThat(diff.field(ArticleField.TITLE).changed()).isFalse();
        assertThat(diff.fields()).hasSize(ArticleField.values().length);
    }

    @Test
    void restoringAnEarlierVersionSavesItsContentAsANewVersionByWhoeverRestored() {
        Article article = knowledgeBase.article("pay-council-tax").orElseThrow();
        Article broken = knowledgeBase.update(withTitle(article, "Oops"), ALICE);

        Article restored = knowledgeBase.restore(article.id(), 1, broken.version(), BOB);

        assertThat(restored.version()).isEqualTo(3);
        assertThat(restored.content()).isEqualTo(article.content());
        assertThat(restored.author()).isEqualTo(BOB);
        ArticleVersion latest = knowledgeBase.version(article.id(), 3);
        assertThat(latest.change()).isEqualTo(ArticleChange.RESTORED);
        assertThat(latest.restoredFrom()).isEqualTo(1);
        assertThat(knowledgeBase.diff(article.id(), 1, 3).changedFields()).isEmpty();
        assertThat(knowledgeBase.publishedArticle(article.id()).orElseThrow().title()).isEqualTo(article.title());
    }

    @Test
    void restoringKeepsTheArticlesCurrentStatus() {
        Article article = knowledgeBase.article("pay-council-tax").orElseThrow();
        Article archived = knowledgeBase.archive(article.id(), article.version(), ALICE);

        Article restored = knowledgeBase.restore(article.id(), 1, archived.version(), BOB);

        assertThat(restored.status()).isEqualTo(ArticleStatus.ARCHIVED);
        assertThat(knowledgeBase.publishedArticle(article.id())).isEmpty();
    }

    @Test
    void refusesAnInvalidArticleAndSavesNothing() {
        Article bad = new Article("Snow Collections!", "", "We collect.", "When it snows.",
                List.of(new ArticleLink("Updates", "ftp://brackenfield.example/updates")), List.of("one\ntwo"),
                List.of(), "Bins", List.of("bin_collection_day"), ArticleStatus.DRAFT, 0, null, null, null);

        assertThatThrownBy(() -> knowledgeBase.create(bad, ALICE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(ValidationProblem::field)
                        .containsExactlyInAnyOrder("id", "title", "alternateQuestions[1]", "links[1].url"));
        assertThat(knowledgeBase.allArticles()).hasSize(SeedArticles.load().size());
    }

    @Test
    void refusesAChangeWithoutAnAuthorAndAnIdThatIsTaken() {
        Article article = knowledgeBase.article("pay-council-tax").orElseThrow();

        assertThatThrownBy(() -> knowledgeBase.update(article, " ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> knowledgeBase.create(article, ALICE))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems()).extracting(ValidationProblem::field).containsExactly("id"));
        assertThat(knowledgeBase.article("pay-council-tax").orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void reportsAnArticleOrVersionThatDoesNotExist() {
        assertThatThrownBy(() -> knowledgeBase.versions("no-such-article")).isInstanceOf(ArticleNotFoundException.class);
        assertThatThrownBy(() -> knowledgeBase.version("pay-council-tax", 9)).isInstanceOf(ArticleNotFoundException.class);
        assertThatThrownBy(() -> knowledgeBase.publish("no-such-article", 1, ALICE))
                .isInstanceOf(ArticleNotFoundException.class);
    }

    @Test
    void everySeedArticleIsValid() {
        SeedArticles.load().forEach(article -> assertThat(
                org.councilassistant.knowledgebase.article.ArticleValidator.problems(article.id(), article.content()))
                .as(article.id()).isEmpty());
    }

    private List<String> search(String text) {
        return knowledgeBase.search(SearchRequest.freeText(text, 0.5, 5)).stream().map(SearchHit::articleId).toList();
    }

    private static Article withTitle(Article article, String title) {
        return new Article(article.id(), title, article.spokenAnswer(), article.answer(), article.links(),
                article.alternateQuestions(), article.keywords(), article.serviceArea(), article.intents(),
                article.status(), article.version(), article.createdAt(), article.updatedAt(), article.author());
    }
}
