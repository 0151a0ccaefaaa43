package org.councilassistant.knowledgebase.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.councilassistant.knowledgebase.KnowledgeBase;
import org.councilassistant.knowledgebase.analysis.CouncilQueryAnalyzer;
import org.councilassistant.knowledgebase.analysis.CouncilSynonyms;
import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.article.ArticleRepository;
import org.councilassistant.knowledgebase.article.ArticleStatus;
import org.councilassistant.knowledgebase.index.ArticleIndex;
import org.councilassistant.knowledgebase.seed.SeedArticles;
import org.councilassistant.knowledgebase.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KnowledgeBaseSearchTests {

    private static final String SYNONYMS = """
            tip, recycling centre, household waste recycling centre, hwrc
            pcn, parking ticket, penalty charge notice, parking fine
            """;

    @TempDir
    Path indexDirectory;

    private HikariDataSource dataSource;
    private KnowledgeBase knowledgeBase;

    @BeforeEach
    void openSeededKnowledgeBase() {
        dataSource = TestDatabases.migrated();
        knowledgeBase = open();
        knowledgeBase.seedIfEmpty(SeedArticles.load());
        knowledgeBase.synchronise();
    }

    @AfterEach
    void close() throws Exception {
        knowledgeBase.close();
        dataSource.close();
    }

    @Test
    void seedsAtLeastSixtyPublishedArticlesOnce() {
        assertThat(knowledgeBase.allArticles()).hasSizeGreaterThanOrEqualTo(60).allMatch(Article::isPublished);
        knowledgeBase.seedIfEmpty(SeedArticles.load().subList(0, 1));
        assertThat(knowledgeBase.allArticles()).hasSize(SeedArticles.load().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sut ydw i'n talu fy nhreth gyngor|pay-council-tax-cy",
        "sut mae talu treth y cyngor|pay-council-tax-cy",
        "ble mae'r domen|household-waste-recycling-centres-cy",
        "trwydded parcio i breswylwyr|resident-parking-permits-cy",
        "dirwy parcio|pay-a-parking-fine-cy"
    })
    void findsTheWelshVersionForAWelshQuestion(String question, String articleId) {
        List<SearchHit> hits = knowledgeBase.search(SearchRequest.freeText(question, 0.0, 3).inLanguage("cy"));
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).articleId()).isEqualTo(articleId);
    }

    @Test
    void englishAndWelshSearchesStayInTheirLanguage() {
        assertThat(knowledgeBase.search(SearchRequest.freeText("council tax", 0.0, 20)))
                .allMatch(hit -> !hit.articleId().endsWith("-cy"));
        assertThat(knowledgeBase.search(SearchRequest.freeText("treth cyngor", 0.0, 20).inLanguage("cy")))
                .isNotEmpty().allMatch(hit -> hit.articleId().endsWith("-cy"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "how do I pay my council tax|pay-council-tax",
        "where is the tip|household-waste-recycling-centres",
        "what time does the HWRC open|household-waste-recycling-centres",
        "I got a parking ticket how do I pay it|pay-a-parking-fine",
        "register a death|register-a-death",
        "single person discount|council-tax-single-person-discount"
    })
    void findsTheArticleThatAnswersTheQuestion(String question, String articleId) {
        List<SearchHit> hits = knowledgeBase.search(SearchRequest.freeText(question, 0.5, 3));
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).articleId()).isEqualTo(articleId);
    }

    @Test
    void restrictsResultsToTheRecognisedIntent() {
        List<SearchHit> hits = knowledgeBase.search(SearchRequest.forIntent("how can I pay", "council_tax_pay", 5));
        assertThat(hits).extracting(SearchHit::articleId).contains("pay-council-tax");
        hits.forEach(hit -> assertThat(knowledgeBase.publishedArticle(hit.articleId()).orElseThrow().intents())
                .contains("council_tax_pay"));
    }

    @Test
    void findsTheArticleThatCoversTheQuestionBelowManyThatScoreHigherOnOneWord() {
        for (int i = 1; i <= 15; i++) {
            knowledgeBase.create(published("hedgehogs-" + i, "Hedgehog sightings " + i, "Hedgehogs in the park.",
                    List.of("where are hedgehogs seen"), List.of("hedgehog")));
        }
        knowledgeBase.create(published("garden-wildlife", "Wildlife in your garden",
                "A hedgehog may pass through at night, and a toad may live under the shed.",
                List.of("what lives in my garden"), List.of("wildlife")));

        assertThat(knowledgeBase.search(SearchRequest.freeText("hedgehog toad", 0.0, 3)))
                .extracting(SearchHit::articleId).allMatch(id -> id.startsWith("hedgehogs-"));
        assertThat(knowledgeBase.search(SearchRequest.freeText("hedgehog toad", 1.0, 3)))
                .extracting(SearchHit::articleId).containsExactly("garden-wildlife");
    }

    @Test
    void returnsNothingForAQuestionNoArticleCovers() {
        assertThat(knowledgeBase.search(SearchRequest.freeText("what's the capital of France", 0.6, 3))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AND (( \"*", "title:council~ AND -tax*", "\"unclosed", "*", "?", "[a TO z]", "\\", "",
        "OR OR OR", "council tax^100 || bins"})
    void treatsQuerySyntaxAsPlainWords(String text) {
        assertThatCode(() -> knowledgeBase.search(SearchRequest.freeText(text, 0.6, 3))).doesNotThrowAnyException();
        assertThatCode(() -> knowledgeBase.search(SearchRequest.forIntent(text, "council_tax_pay", 3)))
                .doesNotThrowAnyException();
    }

    @Test
    void searchesAQuestionOfAThousandCharactersFullOfSynonyms() {
        String text = "how do I pay my council tax, " + "the tip and ".repeat(90);
        text = text.substring(0, 1000);

        assertThat(knowledgeBase.search(SearchRequest.forIntent(text, "council_tax_pay", 3)))
                .extracting(SearchHit::articleId).contains("pay-council-tax");
        assertThat(knowledgeBase.search(SearchRequest.freeText(text, 0.0, 3))).isNotEmpty();
    }

    @Test
    void aPublishedChangeIsSearchableAtOnceAndAnArchivedArticleDisappears() {
        Article draft = new Article("snow-collections", "Bin collections in snow", "We collect when roads are safe.",
                "When it snows we collect bins when the roads are safe.", List.of(), List.of("are bins collected in snow"),
                List.of("snow", "ice"), "Bins and recycling", List.of("bin_collection_day"), ArticleStatus.DRAFT, 1,
                null, null, "editor");
        Article created = knowledgeBase.create(draft);
        assertThat(search("snow ice")).doesNotContain("snow-collections");

        Article published = knowledgeBase.update(created.withStatus(ArticleStatus.PUBLISHED));
        assertThat(search("snow ice")).first().isEqualTo("snow-collections");
        assertThat(knowledgeBase.publishedArticle("snow-collections")).isPresent();

        knowledgeBase.update(published.withStatus(ArticleStatus.ARCHIVED));
        assertThat(search("snow ice")).doesNotContain("snow-collections");
        assertThat(knowledgeBase.publishedArticle("snow-collections")).isEmpty();
    }

    @Test
    void rebuildsAnIndexThatNoLongerMatchesTheDatabase() throws Exception {
        knowledgeBase.close();
        Article changedBehindItsBack = new ArticleRepository(dataSource).findById("pay-council-tax").orElseThrow();
        new ArticleRepository(dataSource).update(changedBehindItsBack.withStatus(ArticleStatus.ARCHIVED),
                java.time.Instant.now());

        knowledgeBase = open();
        knowledgeBase.synchronise();

        assertThat(search("pay council tax direct debit")).doesNotContain("pay-council-tax");
    }

    private static Article published(String id, String title, String answer, List<String> questions,
            List<String> keywords) {
        return new Article(id, title, answer, answer, List.of(), questions, keywords, "Environment", List.of(),
                ArticleStatus.PUBLISHED, 1, null, null, "editor");
    }

    private List<String> search(String text) {
        return knowledgeBase.search(SearchRequest.freeText(text, 0.5, 5)).stream().map(SearchHit::articleId).toList();
    }

    private KnowledgeBase open() {
        ArticleIndex index = new ArticleIndex(indexDirectory);
        return new KnowledgeBase(new ArticleRepository(dataSource), index,
                new ArticleSearcher(index, new CouncilQueryAnalyzer(CouncilSynonyms.parse(SYNONYMS))),
                Clock.systemUTC());
    }
}
