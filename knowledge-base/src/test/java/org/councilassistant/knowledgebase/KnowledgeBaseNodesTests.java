package org.councilassistant.knowledgebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.article.ArticleStatus;
import org.councilassistant.knowledgebase.article.ArticleVersion;
import org.councilassistant.knowledgebase.article.ArticleVersionConflictException;
import org.councilassistant.knowledgebase.search.SearchHit;
import org.councilassistant.knowledgebase.search.SearchRequest;
import org.councilassistant.knowledgebase.seed.SeedArticles;
import org.councilassistant.knowledgebase.synonym.SynonymList;
import org.councilassistant.knowledgebase.synonym.SynonymVersionConflictException;
import org.councilassistant.knowledgebase.testing.Articles;
import org.councilassistant.knowledgebase.testing.TestDatabases;
import org.councilassistant.knowledgebase.validation.ValidationException;
import org.councilassistant.knowledgebase.validation.ValidationProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes sharing one database, each with its own index directory, as two servers behind a load balancer:
 * what staff change on one reaches the other at its next {@code synchroniseIfChanged()}, without a restart.
 */
class KnowledgeBaseNodesTests {

    private static final String EDITOR = "editor@brackenfield.example";

    @TempDir
    Path directory;

    private HikariDataSource dataSource;
    private KnowledgeBase one;
    private KnowledgeBase two;

    @BeforeEach
    void startTwoNodes() {
        dataSource = TestDatabases.migrated();
        one = node("one");
        two = node("two");
    }

    @AfterEach
    void stop() throws Exception {
        one.close();
        two.close();
        dataSource.close();
    }

    @Test
    void nothingToDoWhenNothingChanged() {
        assertThat(two.synchroniseIfChanged()).isFalse();
        assertThat(one.synchroniseIfChanged()).isFalse();
    }

    @Test
    void aPublishOnOneNodeReachesTheOtherAtItsNextSynchronisation() {
        Article draft = one.create(Articles.snowDraft(), EDITOR);
        assertThat(two.synchroniseIfChanged()).isFalse();

        one.publish(draft.id(), draft.version(), EDITOR);
        assertThat(search(one, "snow ice")).first().isEqualTo("snow-collections");
        assertThat(search(two, "snow ice")).doesNotContain("snow-collections");

        assertThat(two.synchroniseIfChanged()).isTrue();
        assertThat(search(two, "snow ice")).first().isEqualTo("snow-collections");
        assertThat(two.publishedArticle("snow-collections")).isPresent();
        assertThat(two.synchroniseIfChanged()).isFalse();
    }

    @Test
    void twoEditorsOnTwoNodesSavingFromTheSameVersionCannotBothWin() {
        Article onOne = one.article("pay-council-tax").orElseThrow();
        Article onTwo = two.article("pay-council-tax").orElseThrow();

        one.archive(onOne.id(), onOne.version(), "alice");

        assertThatThrownBy(() -> two.update(onTwo, "bob")).isInstanceOf(ArticleVersionConflictException.class);
        assertThat(two.article("pay-council-tax").orElseThrow().status()).isEqualTo(ArticleStatus.ARCHIVED);
        assertThat(two.versions("pay-council-tax")).extracting(ArticleVersion::author).containsExactly("seed", "alice");
        two.synchroniseIfChanged();
        assertThat(search(two, "pay council tax direct debit")).doesNotContain("pay-council-tax");
    }

    @Test
    void anArchiveAndAnEditOnOneNodeReachTheOther() {
        Article tax = one.article("pay-council-tax").orElseThrow();
        Article parking = one.article("pay-a-parking-fine").orElseThrow();

        one.archive(tax.id(), tax.version(), EDITOR);
        one.update(new Article(parking.id(), parking.title(), parking.spokenAnswer(), parking.answer(),
                parking.links(), List.of("I got a zorbleflex ticket"), parking.keywords(), parking.serviceArea(),
                parking.intents(), parking.status(), parking.version(), null, null, null), EDITOR);
        two.synchroniseIfChanged();

        assertThat(search(two, "pay council tax direct debit")).doesNotContain("pay-council-tax");
        assertThat(two.publishedArticle("pay-council-tax")).isEmpty();
        assertThat(search(two, "zorbleflex")).containsExactly("pay-a-parking-fine");
    }

    @Test
    void aNodeThatMissedChangesCatchesUpWhenItChangesSomethingItself() {
        Article draft = one.create(Articles.snowDraft(), EDITOR);
        one.publish(draft.id(), draft.version(), EDITOR);
        Article tax = two.article("pay-council-tax").orElseThrow();

        two.archive(tax.id(), tax.version(), EDITOR);

        assertThat(search(two, "snow ice")).first().isEqualTo("snow-collections");
        assertThat(two.synchroniseIfChanged()).isFalse();
    }

    @Test
    void theStampChangesOnPublishedChangesAndSynonymsButNotOnDrafts() {
        String start = one.publishedStamp();
        Article draft = one.create(Articles.snowDraft(), EDITOR);
        Article edited = one.update(draft, EDITOR);
        assertThat(one.publishedStamp()).isEqualTo(start);

        Article published = one.publish(draft.id(), edited.version(), EDITOR);
        String afterPublish = one.publishedStamp();
        assertThat(afterPublish).isNotEqualTo(start);

        Article republishedEdit = one.update(published, EDITOR);
        String afterEdit = one.publishedStamp();
        assertThat(afterEdit).isNotEqualTo(afterPublish);

        one.archive(draft.id(), republishedEdit.version(), EDITOR);
        String afterArchive = one.publishedStamp();
        assertThat(afterArchive).isNotEqualTo(afterEdit);

        SynonymList synonyms = one.synonyms();
        one.updateSynonyms(synonyms.text() + "\nsnow, blizzard\n", synonyms.version(), EDITOR);
        assertThat(one.publishedStamp()).isNotEqualTo(afterArchive);
    }

    @Test
    void aSynonymEditChangesSearchOnThisNodeAtOnceAndOnTheOtherAfterSynchronising() {
        assertThat(search(one, "grumbleweed")).isEmpty();
        SynonymList current = one.synonyms();
        assertThat(current.version()).isEqualTo(1);
        assertThat(current.author()).isEqualTo(SeedArticles.AUTHOR);

        SynonymList saved = one.updateSynonyms(current.text() + "grumbleweed, council tax\n", current.version(), EDITOR);

        assertThat(saved.version()).isEqualTo(2);
        assertThat(search(one, "grumbleweed")).contains("pay-council-tax");
        assertThat(search(two, "grumbleweed")).isEmpty();
        assertThat(two.synchroniseIfChanged()).isTrue();
        assertThat(search(two, "grumbleweed")).contains("pay-council-tax");
        assertThat(two.synonyms()).isEqualTo(saved);
    }

    @Test
    void refusesABadSynonymListWithTheNumbersOfItsBadLinesAndKeepsTheOldOne() {
        SynonymList current = one.synonyms();
        String bad = "# council synonyms\ntip, dump\nlonely\nbin,, dustbin\na => b => c\n\nthe, how\n";

        assertThatThrownBy(() -> one.updateSynonyms(bad, current.version(), EDITOR))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(ValidationProblem::row).containsExactly(3, 4, 5, 7));
        assertThat(one.synonyms()).isEqualTo(current);
        assertThat(search(one, "where is the tip")).contains("household-waste-recycling-centres");
    }

    @Test
    void theSecondOfTwoSynonymEditsFromTheSameVersionIsRefused() {
        SynonymList read = two.synonyms();
        one.updateSynonyms(read.text() + "grumbleweed, council tax\n", read.version(), EDITOR);

        assertThatThrownBy(() -> two.updateSynonyms(read.text() + "snow, blizzard\n", read.version(), EDITOR))
                .isInstanceOfSatisfying(SynonymVersionConflictException.class,
                        e -> assertThat(e.current().text()).contains("grumbleweed"));
        assertThat(one.synonyms().text()).doesNotContain("blizzard");
    }

    @Test
    void aRestartedNodeKeepsAnIndexThatIsCurrentAndRebuildsOneFromAnotherDatabase() throws Exception {
        two.close();
        two = node("two");
        assertThat(two.synchroniseIfChanged()).isFalse();
        assertThat(search(two, "pay council tax direct debit")).contains("pay-council-tax");

        two.close();
        try (HikariDataSource other = TestDatabases.migrated()) {
            two = KnowledgeBase.open(other, directory.resolve("two"), Clock.systemUTC());
            two.synchronise();
            assertThat(search(two, "pay council tax direct debit")).isEmpty();
            two.close();
        }
        two = node("two");
        assertThat(search(two, "pay council tax direct debit")).contains("pay-council-tax");
    }

    private KnowledgeBase node(String name) {
        KnowledgeBase node = KnowledgeBase.open(dataSource, directory.resolve(name), Clock.systemUTC());
        node.seedIfEmpty(SeedArticles.load());
        node.synchronise();
        return node;
    }

    private static List<String> search(KnowledgeBase node, String text) {
        return node.search(SearchRequest.freeText(text, 0.5, 5)).stream().map(SearchHit::articleId).toList();
    }
}
