package org.councilassistant.knowledgebase;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.synonym.SynonymMap;
import org.councilassistant.knowledgebase.analysis.CouncilQueryAnalyzer;
import org.councilassistant.knowledgebase.analysis.CouncilSynonyms;
import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.article.ArticleRepository;
import org.councilassistant.knowledgebase.index.ArticleIndex;
import org.councilassistant.knowledgebase.search.ArticleSearcher;
import org.councilassistant.knowledgebase.search.SearchHit;
import org.councilassistant.knowledgebase.search.SearchRequest;
import org.councilassistant.knowledgebase.sync.PublishedStamp;
import org.councilassistant.knowledgebase.synonym.SynonymList;
import org.councilassistant.knowledgebase.synonym.SynonymRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's copy of what residents see: the Lucene index, the published articles in memory and the query
 * analyzer with the synonym list in force. Several nodes share one database, each with its own copy; a copy
 * catches up by comparing the database's {@link PublishedStamp} with the one its index was committed with,
 * re-indexing only the articles changed since (or everything, for an index from elsewhere).
 */
final class LocalCopy {

    private static final Logger LOG = LoggerFactory.getLogger(LocalCopy.class);

    private final ArticleRepository articles;
    private final SynonymRepository synonyms;
    private final ArticleIndex index;
    private final ArticleSearcher searcher;
    private final Map<String, Article> published = new ConcurrentHashMap<>();
    private boolean loaded;
    private int synonymsVersion = -1;

    LocalCopy(ArticleRepository articles, SynonymRepository synonyms, ArticleIndex index, ArticleSearcher searcher) {
        this.articles = articles;
        this.synonyms = synonyms;
        this.index = index;
        this.searcher = searcher;
    }

    List<SearchHit> search(SearchRequest request) {
        return searcher.search(request).stream()
                .filter(hit -> published.containsKey(hit.articleId()))
                .toList();
    }

    Optional<Article> published(String id) {
        return Optional.ofNullable(published.get(id));
    }

    /** Loads everything, rebuilding the index if it does not reflect the database. */
    synchronized void reload() {
        PublishedStamp stamp = articles.stamp();
        // Read after the stamp: a change committed in between is applied again next time, which does no harm.
        List<Article> current = articles.findPublished();
        if (!stamp.indexStamp().equals(index.stamp())) {
            LOG.info("Rebuilding the article index from {} published articles", current.size());
            index.rebuild(current, stamp.indexStamp());
        }
        // Replaced in place, not cleared first, so that searches meanwhile still find the articles staying.
        current.forEach(article -> published.put(article.id(), article));
        published.keySet().retainAll(current.stream().map(Article::id).toList());
        loaded = true;
        applySynonyms(stamp);
    }

    /** Applies what changed since this copy was last brought up to date; false if nothing had. */
    synchronized boolean catchUp() {
        if (!loaded) {
            reload();
            return true;
        }
        PublishedStamp stamp = articles.stamp();
        boolean changed = false;
        if (!stamp.indexStamp().equals(index.stamp())) {
            OptionalLong revision = stamp.revisionOf(index.stamp());
            if (revision.isPresent()) {
                List<Article> changes = articles.findPublishedChangesSince(revision.getAsLong());
                index.apply(changes, stamp.indexStamp());
                changes.forEach(this::cache);
                LOG.debug("Re-indexed {} changed articles up to {}", changes.size(), stamp);
            } else {
                reload();
            }
            changed = true;
        }
        return applySynonyms(stamp) || changed;
    }

    /** Uses a list just saved on this node at once, parsed already. */
    synchronized void useSynonyms(SynonymList list, SynonymMap map) {
        searcher.useAnalyzer(new CouncilQueryAnalyzer(map));
        synonymsVersion = list.version();
    }

    private boolean applySynonyms(PublishedStamp stamp) {
        if (stamp.synonymsVersion() == synonymsVersion) {
            return false;
        }
        Optional<SynonymList> list = synonyms.current();
        if (list.isEmpty()) {
            synonymsVersion = 0;
            return false;
        }
        try {
            useSynonyms(list.get(), CouncilSynonyms.parse(list.get().text()));
            LOG.info("Searching with synonym list version {}", list.get().version());
            return true;
        } catch (IllegalArgumentException e) {
            // Saved lists are validated first, so only a list written around the API gets here: keep the last.
            LOG.error("Synonym list version {} is not valid; searching with the previous list", list.get().version(), e);
            synonymsVersion = list.get().version();
            return false;
        }
    }

    private void cache(Article article) {
        if (article.isPublished()) {
            published.put(article.id(), article);
        } else {
            published.remove(article.id());
        }
    }
}
