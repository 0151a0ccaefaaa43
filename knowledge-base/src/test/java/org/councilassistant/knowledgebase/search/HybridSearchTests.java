package org.councilassistant.knowledgebase.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.councilassistant.intents.embedding.OnnxTextEmbedder;
import org.councilassistant.intents.embedding.TextEmbedder;
import org.councilassistant.knowledgebase.KnowledgeBase;
import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.article.ArticleStatus;
import org.councilassistant.knowledgebase.seed.SeedArticles;
import org.councilassistant.knowledgebase.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search by words and meaning over the seed articles, with the real embedding model. */
class HybridSearchTests {

    /** The engine's coverage for a question no intent matched. */
    private static final double COVERAGE = 0.6;

    @TempDir
    static Path indexDirectory;

    private static TextEmbedder embedder;
    private static HikariDataSource dataSource;
    private static KnowledgeBase knowledgeBase;

    @BeforeAll
    static void openSeededKnowledgeBaseWithVectors() {
        embedder = OnnxTextEmbedder.named(OnnxTextEmbedder.DEFAULT_MODEL);
        dataSource = TestDatabases.migrated();
        knowledgeBase = KnowledgeBase.open(dataSource, indexDirectory, Clock.systemUTC(), embedder);
        knowledgeBase.seedIfEmpty(SeedArticles.load());
        knowledgeBase.synchronise();
        knowledgeBase.create(new Article("surrender-a-tenancy", "Surrender your council tenancy",
                "Give us four weeks' notice in writing to end your tenancy.",
                "To end your council tenancy, give us four weeks' notice in writing, ending on a Monday.",
                List.of(), List.of("How do I give up my council flat?"), List.of("end tenancy"), "Housing",
                List.of("housing_repairs"), ArticleStatus.PUBLISHED, 1, null, null, "editor"));
    }

    @AfterAll
    static void close() throws Exception {
        knowledgeBase.close();
        dataSource.close();
    }

    @Test
    void findsAParaphraseByMeaningThatWordsAloneCannotFind() {
        String question = "creatures scratching inside the loft";

        assertThat(knowledgeBase.search(SearchRequest.freeText(question, COVERAGE, 3))).isEmpty();
        List<SearchHit> hybrid = knowledgeBase.search(hybrid(question));
        assertThat(hybrid).first().satisfies(best -> {
            assertThat(best.articleId()).isEqualTo("rats-and-mice");
            assertThat(best.score()).isZero();
            assertThat(best.semanticScore()).isPositive();
        });
    }

    @Test
    void keepsTheBestArticleByWordsWithItsBm25ScoreAndAddsItsSemanticScore() {
        List<SearchHit> hits = knowledgeBase.search(hybrid("how do I pay my council tax"));

        assertThat(hits).first().satisfies(best -> {
            assertThat(best.articleId()).isEqualTo("pay-council-tax");
            assertThat(best.score()).isGreaterThan(4f);
            assertThat(best.semanticScore()).isGreaterThanOrEqualTo((float) embedder.relatedSimilarity());
        });
    }

    @Test
    void findsTheArticleForAMisspeltWordTheIndexDoesNotKnow() {
        assertThat(knowledgeBase.search(SearchRequest.freeText("burth certificate", COVERAGE, 3)))
                .extracting(SearchHit::articleId).first().isIn("order-a-copy-certificate", "register-a-birth");
        assertThat(knowledgeBase.search(SearchRequest.freeText("surender", COVERAGE, 3)))
                .extracting(SearchHit::articleId).first().isEqualTo("surrender-a-tenancy");
        assertThat(knowledgeBase.search(hybrid("can I surender my tenancy")))
                .extracting(SearchHit::articleId).first().isEqualTo("surrender-a-tenancy");
    }

    @Test
    void restrictsArticlesFoundByMeaningToTheIntent() {
        List<SearchHit> hits = knowledgeBase.search(
                SearchRequest.forIntent("creatures scratching inside the loft", "council_tax_pay", 5)
                        .withVector(embedder.embed("creatures scratching inside the loft")));

        assertThat(hits).isNotEmpty().allSatisfy(hit -> assertThat(
                knowledgeBase.publishedArticle(hit.articleId()).orElseThrow().intents()).contains("council_tax_pay"));
    }

    @Test
    void searchesWelshByWordsAloneEvenWithAVector() {
        String question = "sut ydw i'n talu fy nhreth gyngor";
        SearchRequest welsh = SearchRequest.freeText(question, 0.0, 5).inLanguage("cy");

        assertThat(knowledgeBase.search(welsh.withVector(embedder.embed(question))))
                .isEqualTo(knowledgeBase.search(welsh))
                .allSatisfy(hit -> assertThat(hit.articleId()).endsWith("-cy"))
                .allSatisfy(hit -> assertThat(hit.semanticScore()).isZero());
    }

    @Test
    void findsNoEnglishArticleCloseInMeaningToAnUnrelatedQuestion() {
        assertThat(knowledgeBase.search(hybrid("what's the capital of Peru")))
                .allSatisfy(hit -> assertThat(hit.semanticScore()).isLessThan((float) embedder.relatedSimilarity()))
                .allSatisfy(hit -> assertThat(hit.articleId()).doesNotEndWith("-cy"));
    }

    private static SearchRequest hybrid(String question) {
        return SearchRequest.freeText(question, COVERAGE, 3).withVector(embedder.embed(question));
    }
}
