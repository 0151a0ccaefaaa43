package org.councilassistant.benchmarks.jmh;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import com.zaxxer.hikari.HikariDataSource;
import org.councilassistant.core.conversation.ConversationEngine;
import org.councilassistant.core.conversation.EngineSettings;
import org.councilassistant.core.council.Council;
import org.councilassistant.core.knowledge.KnowledgeAnswerer;
import org.councilassistant.core.language.LanguageSupport;
import org.councilassistant.core.calendar.BankHolidays;
import org.councilassistant.core.handoff.CallbackRequests;
import org.councilassistant.core.handoff.HandoffQueue;
import org.councilassistant.core.handoff.HandoffTriggers;
import org.councilassistant.core.handoff.LiveChat;
import org.councilassistant.core.handoff.Transcripts;
import org.councilassistant.core.service.contact.ContactCentre;
import org.councilassistant.core.service.contact.OpeningHours;
import org.councilassistant.core.service.bins.BinDayDialogue;
import org.councilassistant.core.service.bins.FileBinCollections;
import org.councilassistant.core.service.bins.JdbcMissedBinReports;
import org.councilassistant.core.service.bins.MissedBinDialogue;
import org.councilassistant.core.session.SessionStore;
import org.councilassistant.benchmarks.SentenceEmbeddings;
import org.councilassistant.intents.IntentClassifier;
import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.intents.training.CouncilTrainingData;
import org.councilassistant.intents.training.IntentModelStore;
import org.councilassistant.intents.training.TrainerSettings;
import org.councilassistant.knowledgebase.KnowledgeBase;
import org.councilassistant.knowledgebase.analysis.CouncilQueryAnalyzer;
import org.councilassistant.knowledgebase.analysis.CouncilSynonyms;
import org.councilassistant.knowledgebase.article.ArticleRepository;
import org.councilassistant.knowledgebase.index.ArticleIndex;
import org.councilassistant.knowledgebase.notice.ServiceNotices;
import org.councilassistant.knowledgebase.search.ArticleSearcher;
import org.councilassistant.knowledgebase.seed.SeedArticles;

/**
 * The assistant wired in-process the way the server wires it, without Spring or HTTP: the council intent model,
 * the seeded knowledge base on a migrated in-memory H2 database with its Lucene index under a data directory (with
 * the English articles' passage vectors, so that a turn searches by meaning as well as by words), the bins service and the conversation engine, with the server's default settings.
 *
 * <p>The model is trained on first use and stored under the data directory, or under the directory named by the
 * system property {@value #MODEL_DIR_PROPERTY}, so that the JMH forks of one run train it only once.
 */
public final class InProcessAssistant implements AutoCloseable {

    /** System property naming a model directory shared between JVMs. */
    public static final String MODEL_DIR_PROPERTY = "council.benchmarks.model-dir";
    /** The server's defaults ({@code AssistantProperties}). */
    static final Duration SESSION_IDLE_TIMEOUT = Duration.ofMinutes(30);
    static final long MAX_SESSIONS = 100_000;
    static final String CHANNEL = "webchat";

    private final HikariDataSource dataSource;
    private final KnowledgeBase knowledgeBase;
    private final IntentClassifier classifier;
    private final SessionStore sessions;
    private final ConversationEngine engine;
    private final Path ownedDirectory;

    private InProcessAssistant(HikariDataSource dataSource, KnowledgeBase knowledgeBase, IntentClassifier classifier,
            SessionStore sessions, ConversationEngine engine, Path ownedDirectory) {
        this.dataSource = dataSource;
        this.knowledgeBase = knowledgeBase;
        this.classifier = classifier;
        this.sessions = sessions;
        this.engine = engine;
        this.ownedDirectory = ownedDirectory;
    }

    /** Wires the assistant in a scratch data directory that {@link #close()} deletes. */
    public static InProcessAssistant startInTempDirectory() {
        Path dataDir = TempDirectories.create("council-assistant-");
        try {
            return start(dataDir, dataDir);
        } catch (RuntimeException | Error e) {
            TempDirectories.delete(dataDir);
            throw e;
        }
    }

    private static InProcessAssistant start(Path dataDir, Path ownedDirectory) {
        // As AssistantConfiguration, KnowledgeBaseConfiguration and BinsConfiguration wire the server.
        Clock clock = Clock.system(ZoneId.of("Europe/London"));
        IntentCatalogue catalogue = IntentCatalogue.load();
        IntentClassifier classifier = councilClassifier(modelDir(dataDir));
        HikariDataSource dataSource = Databases.inMemory();
        ArticleIndex index = new ArticleIndex(dataDir.resolve("index"), SentenceEmbeddings.model());
        KnowledgeBase knowledgeBase = new KnowledgeBase(new ArticleRepository(dataSource), index,
                new ArticleSearcher(index, new CouncilQueryAnalyzer(CouncilSynonyms.bundled())), clock);
        knowledgeBase.seedIfEmpty(SeedArticles.load());
        knowledgeBase.synchronise();
        EngineSettings settings = EngineSettings.forModel(SentenceEmbeddings.model());
        BankHolidays holidays = BankHolidays.load();
        FileBinCollections collections = new FileBinCollections(holidays);
        SessionStore sessions = new SessionStore(SESSION_IDLE_TIMEOUT, MAX_SESSIONS, clock);
        Council council = Council.sample();
        ConversationEngine engine = new ConversationEngine(sessions, LanguageSupport.englishOnly(classifier, council),
                catalogue,
                List.of(new BinDayDialogue(collections),
                        new MissedBinDialogue(collections, holidays, new JdbcMissedBinReports(dataSource), clock)),
                new KnowledgeAnswerer(knowledgeBase, settings), settings,
                new LiveChat(new HandoffQueue(dataSource), new Transcripts(dataSource), new CallbackRequests(dataSource),
                        HandoffTriggers.bundled(),
                        new ContactCentre(council.phone(), council.emergencyPhone(),
                                OpeningHours.weekdays(LocalTime.of(8, 30), LocalTime.of(17, 0)), holidays, clock),
                        Set.of("webchat"), council, clock),
                List.of(), new ServiceNotices(dataSource, clock), clock);
        return new InProcessAssistant(dataSource, knowledgeBase, classifier, sessions, engine, ownedDirectory);
    }

    /** The council model, as the server loads it: stored in {@code modelDir}, trained there if missing or stale. */
    public static IntentClassifier councilClassifier(Path modelDir) {
        return new IntentModelStore(modelDir, TrainerSettings.defaults(), SentenceEmbeddings.model())
                .loadOrTrain(CouncilTrainingData.load(IntentCatalogue.load(), "en"));
    }

    /**
     * Fails unless {@code classifier} embeds messages: a benchmark of a model without its embedding member would
     * leave out most of a turn's time and still look plausible.
     */
    static void requireEmbeddings(IntentClassifier classifier) {
        if (classifier.embedder().isEmpty()) {
            throw new IllegalStateException("The council model has no embedding member; retrain it with an embedder");
        }
    }

    static Path modelDir(Path dataDir) {
        String shared = System.getProperty(MODEL_DIR_PROPERTY);
        return shared == null || shared.isBlank() ? dataDir.resolve("model") : Path.of(shared);
    }

    public KnowledgeBase knowledgeBase() {
        return knowledgeBase;
    }

    public ConversationEngine engine() {
        return engine;
    }

    public IntentClassifier classifier() {
        return classifier;
    }

    public SessionStore sessions() {
        return sessions;
    }

    @Override
    public void close() throws IOException {
        try {
            knowledgeBase.close();
        } finally {
            Databases.close(dataSource);
            TempDirectories.delete(ownedDirectory);
        }
    }
}
