package org.councilassistant.knowledgebase.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.councilassistant.knowledgebase.KnowledgeBase;
import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.article.ArticleChange;
import org.councilassistant.knowledgebase.article.ArticleContent;
import org.councilassistant.knowledgebase.article.ArticleLink;
import org.councilassistant.knowledgebase.article.ArticleStatus;
import org.councilassistant.knowledgebase.article.ArticleVersion;
import org.councilassistant.knowledgebase.search.SearchRequest;
import org.councilassistant.knowledgebase.seed.SeedArticles;
import org.councilassistant.knowledgebase.testing.Articles;
import org.councilassistant.knowledgebase.testing.TestDatabases;
import org.councilassistant.knowledgebase.validation.ValidationProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs on H2, and on PostgreSQL with -Ppostgres. */
class KnowledgeBaseTransferTests {

    private static final String EDITOR = "editor@brackenfield.example";
    private static final String IMPORTER = "importer@brackenfield.example";
    private static final String HEADER = "id,status,title,serviceArea,spokenAnswer,answer,alternateQuestions,keywords,"
            + "intents,links\r\n";

    @TempDir
    Path directory;

    private HikariDataSource sourceDatabase;
    private HikariDataSource emptyDatabase;
    private KnowledgeBase source;
    private KnowledgeBase empty;

    @BeforeEach
    void open() {
        sourceDatabase = TestDatabases.migrated();
        emptyDatabase = TestDatabases.migrated();
        source = KnowledgeBase.open(sourceDatabase, directory.resolve("source"), Clock.systemUTC());
        source.seedIfEmpty(SeedArticles.load());
        source.synchronise();
        empty = KnowledgeBase.open(emptyDatabase, directory.resolve("empty"), Clock.systemUTC());
        empty.synchronise();
        source.create(Articles.snowDraft(), EDITOR);
        source.create(awkward(), EDITOR);
    }

    @AfterEach
    void close() throws Exception {
        source.close();
        empty.close();
        sourceDatabase.close();
        emptyDatabase.close();
    }

    @Test
    void aJsonExportImportedIntoAnEmptyKnowledgeBaseExportsTheSameBytes() {
        String exported = new KnowledgeBaseTransfer(source).exportJson();

        ImportReport report = new KnowledgeBaseTransfer(empty).importJson(exported, IMPORTER);

        assertThat(report.problems()).isEmpty();
        assertThat(report.created()).isEqualTo(source.allArticles().size());
        assertThat(new KnowledgeBaseTransfer(empty).exportJson()).isEqualTo(exported);
        assertThat(exported).startsWith("[\n  {\n    \"id\": \"").doesNotContain("\r");
    }

    @Test
    void aCsvExportImportedIntoAnEmptyKnowledgeBaseExportsTheSameBytes() {
        String exported = new KnowledgeBaseTransfer(source).exportCsv();

        ImportReport report = new KnowledgeBaseTransfer(empty).importCsv(exported, IMPORTER);

        assertThat(report.problems()).isEmpty();
        assertThat(report.applied()).isTrue();
        assertThat(new KnowledgeBaseTransfer(empty).exportCsv()).isEqualTo(exported);
        assertThat(exported).startsWith("\uFEFF" + HEADER);
    }

    @Test
    void bothFormatsCarryTheSameKnowledgeBase() {
        new KnowledgeBaseTransfer(empty).importCsv(new KnowledgeBaseTransfer(source).exportCsv(), IMPORTER);

        assertThat(new KnowledgeBaseTransfer(empty).exportJson()).isEqualTo(new KnowledgeBaseTransfer(source).exportJson());
        assertThat(empty.article("awkward-characters").orElseThrow().content())
                .isEqualTo(source.article("awkward-characters").orElseThrow().content());
        assertThat(empty.search(SearchRequest.freeText("pay council tax direct debit", 0.5, 3)))
                .extracting(hit -> hit.articleId()).contains("pay-council-tax");
        assertThat(empty.publishedArticle("snow-collections")).isEmpty();
    }

    @Test
    void importingCreatesOrUpdatesByIdAsNewVersionsByTheImporter() {
        KnowledgeBaseTransfer transfer = new KnowledgeBaseTransfer(source);
        String csv = transfer.exportCsv().replace("Pay your council tax", "Pay your council tax bill");

        ImportReport report = transfer.importCsv(csv, IMPORTER);

        assertThat(report.created()).isZero();
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(source.allArticles().size() - 1);
        ArticleVersion latest = source.versions("pay-council-tax").get(1);
        assertThat(latest.change()).isEqualTo(ArticleChange.IMPORTED);
        assertThat(latest.author()).isEqualTo(IMPORTER);
        assertThat(source.publishedArticle("pay-council-tax").orElseThrow().title())
                .isEqualTo("Pay your council tax bill");
        assertThat(transfer.importCsv(csv, IMPORTER).unchanged()).isEqualTo(source.allArticles().size());
    }

    @Test
    void aCsvWithBadRowsIsRejectedWholeWithEveryProblemByRowAndField() {
        String csv = HEADER
                + "new-article,DRAFT,A new article,Bins,Spoken.,Answer.,,,bin_collection_day,\r\n"
                + "Bad_Id,DRAFT,Title,Bins,Spoken.,Answer.,,,,\r\n"
                + "no-title,PUBLISHED,,Bins,Spoken.,Answer.,,,,\r\n"
                + "bad-status,LIVE,Title,Bins,Spoken.,Answer.,,,,\r\n"
                + "bad-link,DRAFT,Title,Bins,Spoken.,Answer.,,,,\"Form|ftp://brackenfield.example\nNo separator\"\r\n"
                + "new-article,DRAFT,Again,Bins,Spoken.,Answer.,,,,\r\n"
                + "short-row,DRAFT\r\n";
        int before = source.allArticles().size();

        ImportReport report = new KnowledgeBaseTransfer(source).importCsv(csv, IMPORTER);

        assertThat(report.applied()).isFalse();
        assertThat(report.problems()).extracting(ValidationProblem::row, ValidationProblem::field).containsExactly(
                tuple(3, "id"), tuple(4, "title"), tuple(5, "status"), tuple(6, "links[2]"), tuple(6, "links[1].url"),
                tuple(7, "id"), tuple(8, ""));
        assertThat(source.allArticles()).hasSize(before);
        assertThat(source.article("new-article")).isEmpty();
    }

    @Test
    void reportsMalformedCsvAndHeadersByRow() {
        KnowledgeBaseTransfer transfer = new KnowledgeBaseTransfer(source);

        assertThat(transfer.importCsv(HEADER + "a,DRAFT,\"unclosed\r\n", IMPORTER).problems())
                .extracting(ValidationProblem::row).containsExactly(2);
        assertThat(transfer.importCsv(HEADER + "a,DRAFT,x\"y,,,,,,,\r\n", IMPORTER).problems())
                .extracting(ValidationProblem::row).containsExactly(2);
        assertThat(transfer.importCsv("id,status,colour\r\n", IMPORTER).problems())
                .extracting(ValidationProblem::row).containsOnly(1).hasSizeGreaterThan(1);
        assertThat(transfer.importCsv("", IMPORTER).problems()).extracting(ValidationProblem::row).containsExactly(1);
    }

    @Test
    void aJsonFileWithBadArticlesIsRejectedWholeWithEveryProblemByRowAndField() {
        String json = """
                [
                  {"id": "good-one", "status": "DRAFT", "title": "Good", "serviceArea": "Bins", "spokenAnswer": "S.",
                   "answer": "A."},
                  {"id": "good-one", "status": "DRAFT", "title": "Twice", "serviceArea": "Bins", "spokenAnswer": "S.",
                   "answer": "A.", "colour": "blue"},
                  "not an article",
                  {"id": "typed", "status": "DRAFT", "title": 42, "serviceArea": "Bins", "spokenAnswer": "S.",
                   "answer": "A.", "keywords": "bins", "links": [{"label": "Form", "url": "javascript:alert(1)"}]}
                ]
                """;

        ImportReport report = new KnowledgeBaseTransfer(source).importJson(json, IMPORTER);

        assertThat(report.applied()).isFalse();
        assertThat(report.problems()).extracting(ValidationProblem::row, ValidationProblem::field)
                .containsExactlyInAnyOrder(tuple(2, "colour"), tuple(2, "id"), tuple(3, ""), tuple(4, "title"),
                        tuple(4, "keywords"), tuple(4, "links[1].url"));
        assertThat(source.article("good-one")).isEmpty();
        assertThat(new KnowledgeBaseTransfer(source).importJson("{not json", IMPORTER).problems())
                .extracting(ValidationProblem::row).containsExactly(0);
        assertThat(new KnowledgeBaseTransfer(source).importJson("[{\"id\": \"a\", \"id\": \"b\"}]", IMPORTER)
                .problems()).extracting(ValidationProblem::row).containsExactly(0);
        assertThat(new KnowledgeBaseTransfer(source).importJson("{\"id\": \"a\"}", IMPORTER).problems())
                .extracting(ValidationProblem::message)
                .containsExactly("Make the file a JSON array of articles, [ {...}, {...} ]");
    }

    @Test
    void anImportNeedsAnImporter() {
        String json = new KnowledgeBaseTransfer(source).exportJson();

        assertThat(new KnowledgeBaseTransfer(empty).importJson(json, "").problems())
                .extracting(ValidationProblem::field).containsExactly("author");
        assertThat(empty.allArticles()).isEmpty();
    }

    /** Everything a CSV writer must quote, and a link label with the separator in it. */
    private static Article awkward() {
        return new ArticleContent("Quotes \"like this\", commas, and £ signs", "Say \"hello\", then stop.",
                "Line one, with a comma.\r\nLine two \"quoted\".\n\n- bullet\n",
                "Council tax", ArticleStatus.ARCHIVED,
                List.of(new ArticleLink("Pay | online", "https://www.brackenfield.example/pay?x=1&y=2"),
                        new ArticleLink("Café, \"rates\"", "http://www.brackenfield.example/café")),
                List.of("what's \"this\", then?", "  leading spaces"), List.of("£", "a,b"),
                List.of("council_tax_pay", "bin_collection_day"))
                .toArticle("awkward-characters", 0, EDITOR);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
