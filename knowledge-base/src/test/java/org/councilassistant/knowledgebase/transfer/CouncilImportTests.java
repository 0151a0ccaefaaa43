package org.councilassistant.knowledgebase.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.councilassistant.knowledgebase.KnowledgeBase;
import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.article.ArticleLink;
import org.councilassistant.knowledgebase.article.ArticleStatus;
import org.councilassistant.knowledgebase.search.SearchHit;
import org.councilassistant.knowledgebase.search.SearchRequest;
import org.councilassistant.knowledgebase.seed.SeedArticles;
import org.councilassistant.knowledgebase.testing.TestDatabases;
import org.councilassistant.knowledgebase.validation.Texts;
import org.councilassistant.knowledgebase.validation.ValidationProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

/** A council's own content imported as it is, into a knowledge base holding the sample content. Runs on H2. */
class CouncilImportTests {

    private static final String IMPORTER = "importer@northmoor.example";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path directory;

    private HikariDataSource database;
    private KnowledgeBase knowledgeBase;
    private KnowledgeBaseTransfer transfer;
    private int sampleArticles;

    @BeforeEach
    void open() {
        database = TestDatabases.migrated();
        knowledgeBase = KnowledgeBase.open(database, directory, Clock.systemUTC());
        knowledgeBase.seedIfEmpty(SeedArticles.load());
        knowledgeBase.synchronise();
        transfer = new KnowledgeBaseTransfer(knowledgeBase);
        sampleArticles = knowledgeBase.allArticles().size();
    }

    @AfterEach
    void close() throws Exception {
        knowledgeBase.close();
        database.close();
    }

    @Test
    void createsArticlesFromATitleAndAnHtmlAnswerAlone() {
        ImportReport report = transfer.importJson(json(
                Map.of("title", "Report a fly-tipping incident", "url", "https://www.northmoor.example/fly-tipping",
                        "answer", "<h1>Report a fly-tipping incident</h1><script>track()</script>"
                                + "<p>Tell us about rubbish dumped on a towpath. We clear most within 3 days.</p>"
                                + "<ul><li>where it is</li><li>what it is</li></ul>"
                                + "<p><a href=\"/fly-tipping/report\">Report fly-tipping</a> (see "
                                + "https://www.northmoor.example/fly-tipping/report).</p>")), IMPORTER);

        assertThat(report.applied()).isTrue();
        assertThat(report.created()).isEqualTo(1);
        Article article = knowledgeBase.publishedArticle("report-a-fly-tipping-incident").orElseThrow();
        assertThat(article.answer()).isEqualTo("Tell us about rubbish dumped on a towpath. We clear most within 3 "
                + "days.\n\n- where it is\n- what it is\n\nReport fly-tipping (see "
                + "https://www.northmoor.example/fly-tipping/report).");
        assertThat(article.spokenAnswer()).isEqualTo("Tell us about rubbish dumped on a towpath. We clear most "
                + "within 3 days. Where it is. What it is.");
        assertThat(article.links()).containsExactly(
                new ArticleLink("Report a fly-tipping incident", "https://www.northmoor.example/fly-tipping"),
                new ArticleLink("Report fly-tipping", "https://www.northmoor.example/fly-tipping/report"));
        assertThat(article.serviceArea()).isEqualTo("General");
        assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(article.author()).isEqualTo(IMPORTER);
        assertThat(searchFor("towpath")).first().isEqualTo("report-a-fly-tipping-incident");
    }

    @Test
    void aMergeKeepsWhatTheRowLeavesOutOfAnExistingArticle() {
        Article before = knowledgeBase.article("pay-council-tax").orElseThrow();

        ImportReport report = transfer.importCsv("id,title,answer\r\npay-council-tax,Pay your council tax,"
                + "\"<p>Pay by Direct Debit, online or by phone.</p>\"\r\n", IMPORTER);

        Article after = knowledgeBase.article("pay-council-tax").orElseThrow();
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.articles()).singleElement().extracting(ImportedArticle::changes)
                .isEqualTo(List.of("answer"));
        assertThat(after.answer()).isEqualTo("Pay by Direct Debit, online or by phone.");
        assertThat(after.intents()).isEqualTo(before.intents()).isNotEmpty();
        assertThat(after.keywords()).isEqualTo(before.keywords());
        assertThat(after.alternateQuestions()).isEqualTo(before.alternateQuestions());
        assertThat(after.links()).isEqualTo(before.links());
        assertThat(after.spokenAnswer()).isEqualTo(before.spokenAnswer());
        assertThat(report.notices()).extracting(ValidationProblem::row, ValidationProblem::field)
                .containsExactly(tuple(2, "spokenAnswer"));
    }

    @Test
    void anIdTakenByAnotherArticleOrRowIsMadeDistinctAndNeverOverwritten() {
        Article sample = knowledgeBase.article("pay-council-tax").orElseThrow();

        ImportReport report = transfer.importJson(json(
                Map.of("title", "Pay council tax!", "answer", "Pay at any post office."),
                Map.of("title", "Contact us", "answer", "Call 01632 960 000."),
                Map.of("title", "Contact   us", "answer", "Write to the town hall.")), IMPORTER);

        assertThat(report.created()).isEqualTo(3);
        assertThat(report.articles()).extracting(ImportedArticle::id)
                .containsExactly("pay-council-tax-2", "contact-us", "contact-us-2");
        assertThat(report.notices()).extracting(ValidationProblem::message).containsExactly(
                "Row 1: the id pay-council-tax is taken by the article \"" + sample.title()
                        + "\", so this article's id is pay-council-tax-2: give the row an id to choose another",
                "Row 3: the id contact-us is taken by row 2, so this article's id is contact-us-2: give the row an "
                        + "id to choose another");
        assertThat(knowledgeBase.article("pay-council-tax").orElseThrow()).isEqualTo(sample);
    }

    @Test
    void importingTheSameFileAgainUpdatesTheSameArticlesRatherThanCopyingThem() {
        String file = json(Map.of("title", "Contact us", "answer", "Call us."),
                Map.of("title", "Contact us", "answer", "Write to us."),
                Map.of("title", "Gwneud cais am drwydded", "answer", "Gwnewch gais ar-lein.", "language", "cy"));
        transfer.importJson(file, IMPORTER);

        ImportReport again = transfer.importJson(file, IMPORTER);

        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.articles()).extracting(ImportedArticle::id)
                .containsExactly("contact-us", "contact-us-2", "gwneud-cais-am-drwydded-cy");
        assertThat(knowledgeBase.allArticles()).hasSize(sampleArticles + 3);
    }

    @Test
    void replaceArchivesEveryPublishedArticleTheFileLeavesOutAndCountsEachChange() {
        String sampleTitle = knowledgeBase.article("pay-council-tax").orElseThrow().title();
        String file = json(Map.of("id", "pay-council-tax", "title", sampleTitle, "answer", "Pay by Direct Debit."),
                Map.of("title", "Garden waste permits", "answer", "Buy a garden waste permit by 31 March."));

        ImportReport report = transfer.importJson(file, ImportOptions.of(ImportMode.REPLACE), IMPORTER);

        assertThat(report.applied()).isTrue();
        assertThat(List.of(report.created(), report.updated(), report.unchanged(), report.archived()))
                .containsExactly(1, 1, 0, sampleArticles - 1);
        assertThat(knowledgeBase.allArticles()).filteredOn(Article::isPublished).extracting(Article::id)
                .containsExactlyInAnyOrder("pay-council-tax", "garden-waste-permits");
        assertThat(knowledgeBase.publishedArticle("bin-collection-days")).isEmpty();
        assertThat(searchFor("bin collection day")).doesNotContain("bin-collection-days");
        assertThat(searchFor("garden waste permit")).contains("garden-waste-permits");

        ImportReport again = transfer.importJson(file, ImportOptions.of(ImportMode.REPLACE), IMPORTER);
        assertThat(List.of(again.created(), again.updated(), again.unchanged(), again.archived()))
                .containsExactly(0, 0, 2, 0);
    }

    @Test
    void aBadRowWritesNothingAndSaysWhichRowAndWhatToDo() {
        String file = json(Map.of("title", "Garden waste permits", "answer", "Buy one by 31 March."),
                Map.of("title", "", "answer", "No title here."),
                Map.of("title", "Bulky waste", "answer", "Book online.", "status", "LIVE", "language", "fr"),
                Map.of("title", "Council tax bands", "answer", "Bands A to H.", "spokenAnswer", "x".repeat(700),
                        "url", "council-tax/bands"));

        ImportReport report = transfer.importJson(file, ImportOptions.of(ImportMode.REPLACE), IMPORTER);

        assertThat(report.applied()).isFalse();
        assertThat(report.articles()).isEmpty();
        assertThat(report.problems()).extracting(ValidationProblem::message).containsExactly(
                "Row 2: enter a title",
                "Row 3: change the status to DRAFT, PUBLISHED or ARCHIVED, or leave it out (it is \"LIVE\")",
                "Row 3: change the language to en or cy, or leave it out (it is \"fr\")",
                "Row 4: change the url to the full address of the council's page for it, starting https://, or "
                        + "leave it out",
                "Row 4: shorten the spoken answer to 600 characters or fewer (it has 700)");
        assertThat(knowledgeBase.allArticles()).hasSize(sampleArticles).allMatch(Article::isPublished);
    }

    @Test
    void aDryRunReportsExactlyWhatTheImportWouldDoAndWritesNothing() {
        String file = json(Map.of("title", "Garden waste permits", "answer", "Buy one by 31 March."),
                Map.of("title", "Pay council tax!", "answer", "Pay at any post office."));
        String stampBefore = knowledgeBase.publishedStamp();
        List<Article> before = knowledgeBase.allArticles();

        ImportReport preview = transfer.importJson(file, ImportOptions.of(ImportMode.REPLACE).preview(), IMPORTER);

        assertThat(preview.dryRun()).isTrue();
        assertThat(preview.applied()).isFalse();
        assertThat(knowledgeBase.allArticles()).isEqualTo(before);
        assertThat(knowledgeBase.publishedStamp()).isEqualTo(stampBefore);
        ImportReport applied = transfer.importJson(file, ImportOptions.of(ImportMode.REPLACE), IMPORTER);
        assertThat(applied.articles()).isEqualTo(preview.articles());
        assertThat(applied.notices()).isEqualTo(preview.notices()).hasSize(1);
        assertThat(preview.archived()).isEqualTo(sampleArticles);
    }

    @Test
    void aLongCouncilPageImportsAndIsFound() {
        StringBuilder page = new StringBuilder("<main><h1>Planning applications</h1>");
        for (int i = 1; page.length() < 20_000; i++) {
            page.append("<h2>Stage ").append(i).append("</h2><p>At stage ").append(i).append(" the case officer "
                    + "checks the drawings and consults the neighbours before making a recommendation.</p>");
        }
        page.append("<p>Ask about a dormouse survey licence in the final stage.</p></main>");

        ImportReport report = transfer.importJson(json(Map.of("title", "Planning applications explained",
                "answer", page.toString())), IMPORTER);

        assertThat(report.problems()).isEmpty();
        Article article = knowledgeBase.publishedArticle("planning-applications-explained").orElseThrow();
        assertThat(article.answer().length()).isGreaterThan(15_000);
        assertThat(article.spokenAnswer().length()).isBetween(1, Texts.SPOKEN_ANSWER_LENGTH);
        assertThat(searchFor("dormouse survey licence")).first().isEqualTo("planning-applications-explained");
    }

    @Test
    void aWelshRowGetsAWelshId() {
        ImportReport report = transfer.importJson(json(Map.of("title", "Talu treth y cyngor", "language", "cy",
                "answer", "Gallwch dalu ar-lein.")), IMPORTER);

        assertThat(report.articles()).extracting(ImportedArticle::id).containsExactly("talu-treth-y-cyngor-cy");
        assertThat(knowledgeBase.article("talu-treth-y-cyngor-cy").orElseThrow().language()).isEqualTo("cy");
        assertThat(transfer.importJson(json(Map.of("id", "council-tax-help", "title", "Help", "language", "cy",
                "answer", "Ffoniwch ni.")), IMPORTER).problems()).extracting(ValidationProblem::message)
                .containsExactly("Row 1: end the id of a Welsh article with -cy (council-tax-help-cy), or leave the "
                        + "id out");
    }

    private List<String> searchFor(String question) {
        return knowledgeBase.search(SearchRequest.freeText(question, 0.5, 3)).stream().map(SearchHit::articleId)
                .toList();
    }

    @SafeVarargs
    private static String json(Map<String, String>... rows) {
        return JSON.writeValueAsString(List.of(rows));
    }
}
