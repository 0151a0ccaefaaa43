package org.councilassistant.knowledgebase.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.councilassistant.intents.embedding.OnnxTextEmbedder;
import org.councilassistant.intents.embedding.TextEmbedder;
import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.article.ArticleStatus;
import org.councilassistant.knowledgebase.testing.Articles;
import org.councilassistant.knowledgebase.testing.RenamedEmbedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexTests {

    @TempDir
    Path directory;

    private final Article snow = Articles.snowContent(ArticleStatus.PUBLISHED)
            .toArticle("snow-collections", 1, "editor@brackenfield.example");

    @Test
    void keepsTheArticlesAndStampItCommittedAcrossARestart() throws Exception {
        try (ArticleIndex index = new ArticleIndex(directory)) {
            index.rebuild(List.of(snow), "5");
        }
        try (ArticleIndex reopened = new ArticleIndex(directory)) {
            assertThat(reopened.stamp()).isEqualTo("5");
            assertThat(reopened.size()).isEqualTo(1);
        }
    }

    @Test
    void isUnstampedForAnotherEmbeddingModelOrNoneSoThatItIsRebuilt() throws Exception {
        TextEmbedder model = OnnxTextEmbedder.named(OnnxTextEmbedder.DEFAULT_MODEL);
        try (ArticleIndex index = new ArticleIndex(directory, model)) {
            index.rebuild(List.of(snow), "5");
            assertThat(index.stamp()).isEqualTo("5");
        }
        try (ArticleIndex otherModel = new ArticleIndex(directory, new RenamedEmbedder(model, "another-model"))) {
            assertThat(otherModel.stamp()).isEmpty();
        }
        try (ArticleIndex wordsOnly = new ArticleIndex(directory)) {
            assertThat(wordsOnly.stamp()).isEmpty();
            wordsOnly.rebuild(List.of(snow), "6");
        }
        try (ArticleIndex withVectors = new ArticleIndex(directory, model)) {
            assertThat(withVectors.stamp()).isEmpty();
            withVectors.rebuild(List.of(snow), "7");
            assertThat(withVectors.stamp()).isEqualTo("7");
            assertThat(withVectors.size()).isEqualTo(1);
        }
    }

    @Test
    void startsEmptyAndUnstampedFromAnIndexWrittenInAnotherOrder() throws Exception {
        try (IndexWriter earlierRelease = new IndexWriter(FSDirectory.open(directory),
                new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StringField(IndexFields.ID, "old-article", Field.Store.YES));
            earlierRelease.addDocument(doc);
            earlierRelease.setLiveCommitData(Map.of(IndexFields.STAMP, "5").entrySet());
            earlierRelease.commit();
        }

        try (ArticleIndex index = new ArticleIndex(directory)) {
            assertThat(index.stamp()).isEmpty();
            assertThat(index.size()).isZero();
            index.rebuild(List.of(snow), "6");
            assertThat(index.size()).isEqualTo(1);
        }
    }
}
