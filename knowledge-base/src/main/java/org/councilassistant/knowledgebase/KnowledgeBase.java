package org.councilassistant.knowledgebase;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.apache.lucene.analysis.synonym.SynonymMap;
import org.councilassistant.intents.embedding.TextEmbedder;
import org.councilassistant.knowledgebase.analysis.CouncilQueryAnalyzer;
import org.councilassistant.knowledgebase.analysis.CouncilSynonyms;
import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.article.ArticleChange;
import org.councilassistant.knowledgebase.article.BulkChange;
import org.councilassistant.knowledgebase.article.BulkSave;
import org.councilassistant.knowledgebase.article.ArticleContent;
import org.councilassistant.knowledgebase.article.ArticleNotFoundException;
import org.councilassistant.knowledgebase.article.ArticleRepository;
import org.councilassistant.knowledgebase.article.ArticleStatus;
import org.councilassistant.knowledgebase.article.ArticleValidator;
import org.councilassistant.knowledgebase.article.ArticleVersion;
import org.councilassistant.knowledgebase.article.ArticleVersionConflictException;
import org.councilassistant.knowledgebase.article.ArticleWorkflowException;
import org.councilassistant.knowledgebase.history.ArticleDiff;
import org.councilassistant.knowledgebase.index.ArticleIndex;
import org.councilassistant.knowledgebase.search.ArticleSearcher;
import org.councilassistant.knowledgebase.search.SearchHit;
import org.councilassistant.knowledgebase.search.SearchRequest;
import org.councilassistant.knowledgebase.seed.SeedArticles;
import org.councilassistant.knowledgebase.synonym.SynonymList;
import org.councilassistant.knowledgebase.synonym.SynonymRepository;
import org.councilassistant.knowledgebase.validation.ValidationException;
import org.councilassistant.knowledgebase.validation.ValidationProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge base as the rest of the assistant sees it: published articles and search over them, and the
 * staff's curation of them (versions, the draft → published → archived workflow, synonyms).
 *
 * <p>The database is the source of truth. Every change goes to the database first, with a full snapshot as a new
 * version, under optimistic locking: a save names the version it started from and is refused, writing nothing,
 * if someone saved since. The change then reaches this node's index at once and every other node's at its next
 * {@link #synchroniseIfChanged()}, which compares the database's published stamp with its own.
 */
public class KnowledgeBase implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBase.class);

    private final ArticleRepository repository;
    private final SynonymRepository synonyms;
    private final ArticleIndex index;
    private final LocalCopy copy;
    private final Clock clock;

    /** The search analyzer given here is used until the synonym list is read from the database. */
    public KnowledgeBase(ArticleRepository repository, ArticleIndex index, ArticleSearcher searcher, Clock clock) {
        this.repository = repository;
        this.synonyms = new SynonymRepository(repository.dataSource());
        this.index = index;
        this.copy = new LocalCopy(repository, synonyms, index, searcher);
        this.clock = clock;
    }

    /** A knowledge base on {@code dataSource} with this node's index in {@code indexDirectory}, searched by words. */
    public static KnowledgeBase open(DataSource dataSource, Path indexDirectory, Clock clock) {
        return open(dataSource, indexDirectory, clock, null);
    }

    /**
     * A knowledge base on {@code dataSource} with this node's index in {@code indexDirectory}, holding the English
     * articles' passage vectors from {@code embedder} so that requests carrying a vector are searched by meaning too;
     * searched by words only when {@code embedder} is null. An index embedded by another model is rebuilt at
     * {@link #synchronise()}.
     */
    public static KnowledgeBase open(DataSource dataSource, Path indexDirectory, Clock clock, TextEmbedder embedder) {
        ArticleIndex index = new ArticleIndex(indexDirectory, embedder);
        ArticleSearcher searcher = new ArticleSearcher(index, new CouncilQueryAnalyzer(CouncilSynonyms.bundled()));
        return new KnowledgeBase(new ArticleRepository(dataSource), index, searcher, clock);
    }

    /** Loads the starter articles into an empty database, each as version 1 by {@value SeedArticles#AUTHOR}. */
    public synchronized void seedIfEmpty(List<Article> seed) {
        if (repository.count() == 0) {
            Instant now = now();
            repository.inTransaction(() -> {
                seed.forEach(article -> repository.insert(article.withAuthor(SeedArticles.AUTHOR), ArticleChange.SEEDED,
                        now));
                return seed.size();
            });
            LOG.info("Seeded the knowledge base with {} articles", seed.size());
        }
    }

    /** Brings this node in line with the database (at start-up): index, published articles, synonyms. */
    public void synchronise() {
        synonyms.seedIfEmpty(CouncilSynonyms.bundledText(), SeedArticles.AUTHOR, now());
        copy.reload();
    }

    /**
     * Applies whatever other nodes changed since this one last looked: one cheap query when nothing did, else a
     * re-index of just the changed articles (or all, for an index from another database) and the new synonyms.
     * Call every few seconds.
     *
     * @return whether anything changed
     */
    public boolean synchroniseIfChanged() {
        return copy.catchUp();
    }

    /** The database's published stamp: changes with every change residents could notice. */
    public String publishedStamp() {
        return repository.publishedStamp();
    }

    public List<SearchHit> search(SearchRequest request) {
        return copy.search(request);
    }

    public Optional<Article> publishedArticle(String id) {
        return copy.published(id);
    }

    /** Every article in every state, by id. */
    public List<Article> allArticles() {
        return repository.findAll();
    }

    public Optional<Article> article(String id) {
        return repository.findById(id);
    }

    /** Stores a new article as version 1 by {@code article.author()}. */
    public Article create(Article article) {
        return create(article, article.author());
    }

    /**
     * Stores a new article as version 1 by {@code author}; if it is published, it is searchable at once.
     *
     * @throws ValidationException if the article breaks a rule, or its id is taken
     */
    public synchronized Article create(Article article, String author) {
        ArticleValidator.requireValid(article.id(), article.content(), author);
        return afterChange(repository.insert(article.withAuthor(author), ArticleChange.CREATED, now()));
    }

    /** Stores a change by {@code article.author()}; see {@link #update(Article, String)}. */
    public Article update(Article article) {
        return update(article, article.author());
    }

    /**
     * Stores a change (content, and status if it differs) as the next version by {@code author}.
     *
     * @param article the changed article, its {@code version} the one the editor started from
     * @throws ArticleVersionConflictException if someone saved since that version: nothing is written
     */
    public synchronized Article update(Article article, String author) {
        ArticleValidator.requireValid(article.id(), article.content(), author);
        return afterChange(repository.update(article.withAuthor(author), null, null, now()));
    }

    /** Publishes a draft or archived article: residents on every node find it from now on. */
    public Article publish(String id, int expectedVersion, String author) {
        return move(id, expectedVersion, author, ArticleStatus.PUBLISHED);
    }

    /** Takes a draft or published article out of use; it stays, with its history, to publish again. */
    public Article archive(String id, int expectedVersion, String author) {
        return move(id, expectedVersion, author, ArticleStatus.ARCHIVED);
    }

    /** Returns an archived (or published) article to draft, for editing before it is published again. */
    public Article toDraft(String id, int expectedVersion, String author) {
        return move(id, expectedVersion, author, ArticleStatus.DRAFT);
    }

    /** Every version of an article, oldest first. */
    public List<ArticleVersion> versions(String id) {
        List<ArticleVersion> versions = repository.versions(id);
        if (versions.isEmpty()) {
            throw new ArticleNotFoundException(id);
        }
        return versions;
    }

    public ArticleVersion version(String id, int version) {
        return repository.version(id, version).orElseThrow(() -> new ArticleNotFoundException(id, version));
    }

    /** Field by field, what changed from {@code fromVersion} to {@code toVersion} ("added" is in the latter). */
    public ArticleDiff diff(String id, int fromVersion, int toVersion) {
        return ArticleDiff.between(version(id, fromVersion), version(id, toVersion));
    }

    /**
     * Saves the content of an earlier version as the next version by {@code author}. The article keeps its
     * current status: restoring text never publishes or withdraws an article by the way.
     */
    public synchronized Article restore(String id, int version, int expectedVersion, String author) {
        ArticleContent earlier = version(id, version).content();
        Article current = current(id, expectedVersion);
        ArticleContent restored = earlier.withStatus(current.status());
        ArticleValidator.requireValid(id, restored, author);
        return afterChange(repository.update(restored.toArticle(id, expectedVersion, author), ArticleChange.RESTORED,
                version, now()));
    }

    /**
     * Saves an import's creates, updates and archives in one transaction (see
     * {@link ArticleRepository#saveAll(BulkChange, String, Instant)}); this node's index follows at once, others'
     * at their next {@link #synchroniseIfChanged()}. Nothing is written if any article is invalid.
     *
     * @throws ValidationException naming each bad article by its position in {@code change.saves()}, from 1
     * @throws ArticleVersionConflictException if an article changed since it was read
     */
    public synchronized BulkSave saveAll(BulkChange change, String author) {
        ArticleValidator.requireValid(change.saves(), author);
        BulkSave result = repository.saveAll(change, author, now());
        copy.catchUp();
        return result;
    }

    /** The synonym list search uses (version 1 is {@code kb/synonyms.txt}). */
    public SynonymList synonyms() {
        synonyms.seedIfEmpty(CouncilSynonyms.bundledText(), SeedArticles.AUTHOR, now());
        return synonyms.current().orElseThrow();
    }

    /**
     * Saves a new synonym list, used by this node's searches at once and other nodes' after their next
     * {@link #synchroniseIfChanged()}.
     *
     * @throws ValidationException naming each bad line by its number
     * @throws org.councilassistant.knowledgebase.synonym.SynonymVersionConflictException if someone saved since
     */
    public synchronized SynonymList updateSynonyms(String text, int expectedVersion, String author) {
        List<ValidationProblem> problems = ArticleValidator.authorProblems(author);
        problems.addAll(CouncilSynonyms.problems(text));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        SynonymMap map = CouncilSynonyms.parse(text);
        SynonymList saved = synonyms.save(text, expectedVersion, author, now());
        copy.useSynonyms(saved, map);
        return saved;
    }

    private synchronized Article move(String id, int expectedVersion, String author, ArticleStatus target) {
        Article current = current(id, expectedVersion);
        if (current.status() == target) {
            throw new ArticleWorkflowException(id, target);
        }
        if (target == ArticleStatus.PUBLISHED) {
            ArticleValidator.requireValid(id, current.content(), author);
        } else {
            // Taking an article out of use must work even for one saved before these rules existed.
            requireAuthor(author);
        }
        return afterChange(repository.update(current.withStatus(target).withAuthor(author), null, null, now()));
    }

    private static void requireAuthor(String author) {
        List<ValidationProblem> problems = ArticleValidator.authorProblems(author);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private Article current(String id, int expectedVersion) {
        Article current = repository.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
        if (current.version() != expectedVersion) {
            throw new ArticleVersionConflictException(id, expectedVersion, current);
        }
        return current;
    }

    private Article afterChange(Article stored) {
        copy.catchUp();
        return stored;
    }

    private Instant now() {
        // The database keeps microseconds; so do the times handed back.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
