package org.councilassistant.knowledgebase;

import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.article.ArticleRepository;
import org.councilassistant.knowledgebase.index.ArticleIndex;
import org.councilassistant.knowledgebase.search.ArticleSearcher;
import org.councilassistant.knowledgebase.search.SearchHit;
import org.councilassistant.knowledgebase.search.SearchRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge base as the rest of the assistant sees it: published articles and search over them.
 *
 * <p>The database is the source of truth. Every change goes to the database first and then to the Lucene
 * index and the in-memory copy of published articles, so a search never returns an article that cannot be
 * shown. {@link #synchronise()} rebuilds the index when it does not reflect the database.
 */
public class KnowledgeBase implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBase.class);

    private final ArticleRepository repository;
    private final ArticleIndex index;
    private final ArticleSearcher searcher;
    private final Clock clock;
    private final Map<String, Article> published = new ConcurrentHashMap<>();

    public KnowledgeBase(ArticleRepository repository, ArticleIndex index, ArticleSearcher searcher, Clock clock) {
        this.repository = repository;
        this.index = index;
        this.searcher = searcher;
        this.clock = clock;
    }

    /** Loads the starter articles into an empty database. */
    public void seedIfEmpty(List<Article> seed) {
        if (repository.count() == 0) {
            seed.forEach(article -> repository.insert(article, clock.instant()));
            LOG.info("Seeded the knowledge base with {} articles", seed.size());
        }
    }

    /** Brings the index and the published-article cache in line with the database. */
    public synchronized void synchronise() {
        List<Article> articles = repository.findPublished();
        String stamp = repository.publishedStamp();
        if (!stamp.equals(index.stamp())) {
            LOG.info("Rebuilding the article index from {} published articles", articles.size());
            index.rebuild(articles, stamp);
        }
        published.clear();
        articles.forEach(article -> published.put(article.id(), article));
    }

    public List<SearchHit> search(SearchRequest request) {
        return searcher.search(request).stream()
                .filter(hit -> published.containsKey(hit.articleId()))
                .toList();
    }

    public Optional<Article> publishedArticle(String id) {
        return Optional.ofNullable(published.get(id));
    }

    public List<Article> allArticles() {
        return repository.findAll();
    }

    public Optional<Article> article(String id) {
        return repository.findById(id);
    }

    /** Stores a new article (version 1) and, if published, makes it searchable at once. */
    public synchronized Article create(Article article) {
        return afterChange(repository.insert(article, clock.instant()));
    }

    /** Stores a change as the next version; fails if the article changed since {@code article.version()}. */
    public synchronized Article update(Article article) {
        return afterChange(repository.update(article, clock.instant()));
    }

    private Article afterChange(Article stored) {
        index.upsert(stored, repository.publishedStamp());
        if (stored.isPublished()) {
            published.put(stored.id(), stored);
        } else {
            published.remove(stored.id());
        }
        return stored;
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
