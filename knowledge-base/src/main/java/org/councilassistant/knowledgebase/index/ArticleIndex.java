package org.councilassistant.knowledgebase.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.councilassistant.knowledgebase.analysis.CouncilTextAnalyzer;
import org.councilassistant.knowledgebase.article.Article;

/**
 * The Lucene index of published articles, on disk, derived from the database.
 *
 * <p>Each article is one document, replaced by id on every change. Every commit records the database stamp it
 * reflects, so that on start-up a stale or missing index is noticed and rebuilt.
 */
public final class ArticleIndex implements Closeable {

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public ArticleIndex(Path path) {
        try {
            this.directory = FSDirectory.open(path);
            this.writer = openWriter(directory);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the article index at " + path, e);
        }
    }

    /**
     * A writer on the index, or on a new empty one if the index was written in another order (by an earlier
     * release): Lucene cannot re-sort an index, and an empty one has no stamp, so it is rebuilt at start-up.
     */
    private static IndexWriter openWriter(Directory directory) throws IOException {
        try {
            return new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (IllegalArgumentException differentOrder) {
            return new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
        }
    }

    /**
     * Sorted so that the articles answering one intent sit together: a search for an intent then reads a few
     * stretches of each posting list instead of one document in every hundred, and Lucene's per-block score bounds
     * become tight enough to skip blocks.
     */
    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(new CouncilTextAnalyzer()).setOpenMode(mode)
                .setIndexSort(new Sort(new SortField(IndexFields.GROUP, SortField.Type.STRING)));
    }

    /** The database stamp of the last commit, or empty text for a new index. */
    public String stamp() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (IndexFields.STAMP.equals(entry.getKey())) {
                    return entry.getValue();
                }
            }
        }
        return "";
    }

    /** Adds or replaces a published article, removes any other; commits with the new stamp. */
    public void upsert(Article article, String stamp) {
        apply(List.of(article), stamp);
    }

    /** Upserts each article (published ones replaced by id, others removed) and commits once with the stamp. */
    public synchronized void apply(List<Article> changed, String stamp) {
        try {
            for (Article article : changed) {
                Term id = new Term(IndexFields.ID, article.id());
                if (article.isPublished()) {
                    writer.updateDocument(id, document(article));
                } else {
                    writer.deleteDocuments(id);
                }
            }
            commit(stamp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces the whole index with these articles, merged into one segment: a search looks up each of its terms
     * and sets up its scorers once per segment, which at 100,000 articles is a quarter of its time.
     */
    public synchronized void rebuild(List<Article> published, String stamp) {
        try {
            writer.deleteAll();
            for (Article article : published) {
                writer.addDocument(document(article));
            }
            writer.forceMerge(1);
            commit(stamp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    public void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    public int size() {
        return writer.getDocStats().numDocs;
    }

    private void commit(String stamp) throws IOException {
        writer.setLiveCommitData(Map.of(IndexFields.STAMP, stamp).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private static Document document(Article article) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, article.id(), Field.Store.YES));
        String language = article.language();
        doc.add(new StringField(IndexFields.LANGUAGE, language, Field.Store.NO));
        doc.add(new TextField(IndexFields.inLanguage(IndexFields.TITLE, language), article.title(), Field.Store.NO));
        article.alternateQuestions().forEach(q -> doc.add(
                new TextField(IndexFields.inLanguage(IndexFields.QUESTIONS, language), q, Field.Store.NO)));
        article.keywords().forEach(k -> doc.add(
                new TextField(IndexFields.inLanguage(IndexFields.KEYWORDS, language), k, Field.Store.NO)));
        doc.add(new TextField(IndexFields.inLanguage(IndexFields.BODY, language),
                article.spokenAnswer() + "\n" + article.answer(), Field.Store.NO));
        article.intents().forEach(i -> doc.add(new StringField(IndexFields.INTENT, i, Field.Store.NO)));
        doc.add(new StringField(IndexFields.SERVICE_AREA, article.serviceArea(), Field.Store.NO));
        String firstIntent = article.intents().isEmpty() ? "" : article.intents().get(0);
        doc.add(new SortedDocValuesField(IndexFields.GROUP, new BytesRef(firstIntent + "\n" + article.serviceArea())));
        String all = String.join("\n", article.title(), String.join("\n", article.alternateQuestions()),
                String.join("\n", article.keywords()), article.spokenAnswer(), article.answer());
        doc.add(new TextField(IndexFields.inLanguage(IndexFields.ALL, language), all, Field.Store.NO));
        return doc;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
