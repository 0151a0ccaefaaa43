package org.councilassistant.knowledgebase.index;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.councilassistant.intents.embedding.TextEmbedder;
import org.councilassistant.knowledgebase.article.Article;

/**
 * The Lucene documents of one article: the article document, searched by words, and, when there is an embedding
 * model and the article is in English, one passage document per embedded text ({@link ArticlePassages}).
 *
 * <p>Lucene keeps at most one vector per field of a document, hence a document per passage. Every document of an
 * article carries its id, so that one {@code updateDocuments(idTerm, docs)} replaces them all together, and its
 * intents and sort group, so that a vector search can be filtered by intent and the passages sit by their article.
 */
final class ArticleDocuments {

    private final TextEmbedder embedder;

    /** @param embedder the model for passage vectors, or null for an index searched by words only */
    ArticleDocuments(TextEmbedder embedder) {
        this.embedder = embedder;
    }

    /**
     * How passages are cut and labelled; part of the committed model name, so that an index built another way is
     * rebuilt at start-up like one built with another model.
     */
    static final String PASSAGE_SCHEME = "passages-2";

    /** The model the passage vectors come from (with the passage scheme), or empty text for none. */
    String modelName() {
        return embedder == null ? "" : embedder.modelName() + "+" + PASSAGE_SCHEME;
    }

    List<Document> of(Article article) {
        List<Document> docs = new ArrayList<>();
        docs.add(articleDocument(article));
        // Welsh stays lexical: the model only knows English.
        if (embedder != null && "en".equals(article.language())) {
            List<ArticlePassages.Passage> passages = ArticlePassages.passages(article);
            List<float[]> vectors = embedder.embedAll(passages.stream().map(ArticlePassages.Passage::text).toList());
            for (int i = 0; i < passages.size(); i++) {
                Document passage = new Document();
                shared(passage, article, IndexFields.KIND_PASSAGE);
                passage.add(new KnnFloatVectorField(IndexFields.VECTOR, vectors.get(i),
                        VectorSimilarityFunction.DOT_PRODUCT));
                passage.add(new StoredField(IndexFields.PASSAGE,
                        passages.get(i).question() ? IndexFields.PASSAGE_QUESTION : IndexFields.PASSAGE_ANSWER));
                docs.add(passage);
            }
        }
        return docs;
    }

    private static Document articleDocument(Article article) {
        Document doc = new Document();
        shared(doc, article, IndexFields.KIND_ARTICLE);
        String language = article.language();
        doc.add(new StringField(IndexFields.LANGUAGE, language, Field.Store.NO));
        doc.add(new TextField(IndexFields.inLanguage(IndexFields.TITLE, language), article.title(), Field.Store.NO));
        article.alternateQuestions().forEach(q -> doc.add(
                new TextField(IndexFields.inLanguage(IndexFields.QUESTIONS, language), q, Field.Store.NO)));
        article.keywords().forEach(k -> doc.add(
                new TextField(IndexFields.inLanguage(IndexFields.KEYWORDS, language), k, Field.Store.NO)));
        doc.add(new TextField(IndexFields.inLanguage(IndexFields.BODY, language),
                article.spokenAnswer() + "\n" + article.answer(), Field.Store.NO));
        doc.add(new StringField(IndexFields.SERVICE_AREA, article.serviceArea(), Field.Store.NO));
        String all = String.join("\n", article.title(), String.join("\n", article.alternateQuestions()),
                String.join("\n", article.keywords()), article.spokenAnswer(), article.answer());
        doc.add(new TextField(IndexFields.inLanguage(IndexFields.ALL, language), all, Field.Store.NO));
        return doc;
    }

    /** The fields every document of the article has: id, kind, intents and sort group. */
    private static void shared(Document doc, Article article, String kind) {
        doc.add(new StringField(IndexFields.ID, article.id(), Field.Store.YES));
        doc.add(new StringField(IndexFields.KIND, kind, Field.Store.NO));
        article.intents().forEach(i -> doc.add(new StringField(IndexFields.INTENT, i, Field.Store.NO)));
        String firstIntent = article.intents().isEmpty() ? "" : article.intents().get(0);
        doc.add(new SortedDocValuesField(IndexFields.GROUP, new BytesRef(firstIntent + "\n" + article.serviceArea())));
    }
}
