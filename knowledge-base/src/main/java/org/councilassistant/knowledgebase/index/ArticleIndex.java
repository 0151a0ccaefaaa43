package org.councilassistant.knowledgebase.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.councilassistant.intents.embedding.TextEmbedder;
import org.councilassistant.knowledgebase.analysis.CouncilTextAnalyzer;
import org.councilassistant.knowledgebase.article.Article;

/**
 * The Lucene index of published articles, on disk, derived from the database.
 *
 * <p>Each article is one document, with a passage document per sentence embedding when there is an embedding
 * model ({@link ArticleDocuments}), all replaced together by id on every change. Every commit records the database
 * stamp it reflects and the model its vectors come from, so that on start-up a stale or missing index, or one
 * embedded by another model (or by none), is noticed and rebuilt.
 */
public final class ArticleIndex implements Closeable {

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ArticleDocuments documents;

    /** An index searched by words only. */
    public ArticleIndex(Path path) {
        this(path, null);
    }

    /** An index with passage vectors from {@code embedder}, or searched by words only when it is null. */
    public ArticleIndex(Path path, TextEmbedder embedder) {
        this.documents = new ArticleDocuments(embedder);
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

    /**
     * The database stamp of the last commit, or empty text for a new index or one whose vectors come from another
     * model than this index's (or are missing or unwanted): either way it has to be rebuilt.
     */
    public String stamp() {
        return modelName().equals(committed(IndexFields.MODEL)) ? committed(IndexFields.STAMP) : "";
    }

    /** The embedding model of the passage vectors, or empty text for an index searched by words only. */
    public String modelName() {
        return documents.modelName();
    }

    /** Whether the index holds passage vectors to search by meaning. */
    public boolean hasVectors() {
        return !modelName().isEmpty();
    }

    private String committed(String key) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (key.equals(entry.getKey())) {
                    return Objects.requireNonNullElse(entry.getValue(), "");
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
                    writer.updateDocuments(id, documents.of(article));
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
                writer.addDocuments(documents.of(article));
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

    /** How many articles the index holds (their passage documents aside). */
    public int size() {
        try {
            IndexSearcher searcher = acquire();
            try {
                return searcher.count(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_ARTICLE)));
            } finally {
                release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commit(String stamp) throws IOException {
        writer.setLiveCommitData(Map.of(IndexFields.STAMP, stamp, IndexFields.MODEL, modelName()).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
