package org.councilassistant.core.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.councilassistant.core.calendar.BankHolidays;
import org.councilassistant.core.conversation.ConversationEngine;
import org.councilassistant.core.conversation.EngineSettings;
import org.councilassistant.core.dialogue.Dialogue;
import org.councilassistant.core.handoff.CallbackRequests;
import org.councilassistant.core.handoff.HandoffQueue;
import org.councilassistant.core.handoff.HandoffTriggers;
import org.councilassistant.core.handoff.LiveChat;
import org.councilassistant.core.handoff.Transcripts;
import org.councilassistant.core.knowledge.KnowledgeAnswerer;
import org.councilassistant.core.council.Council;
import org.councilassistant.core.language.LanguageSupport;
import org.councilassistant.core.learning.UnansweredQuestionRecorder;
import org.councilassistant.core.learning.UnansweredQuestions;
import org.councilassistant.core.messages.AssistantMessages;
import org.councilassistant.core.service.bins.BinDayDialogue;
import org.councilassistant.core.service.bins.FileBinCollections;
import org.councilassistant.core.service.bins.JdbcMissedBinReports;
import org.councilassistant.core.service.bins.MissedBinDialogue;
import org.councilassistant.core.service.contact.ContactCentre;
import org.councilassistant.core.service.contact.OpeningHours;
import org.councilassistant.core.session.SessionStore;
import org.councilassistant.core.staffintent.StaffIntentResponder;
import org.councilassistant.core.staffintent.StaffIntents;
import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.IntentClassifier;
import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.intents.embedding.CachingTextEmbedder;
import org.councilassistant.intents.embedding.OnnxTextEmbedder;
import org.councilassistant.intents.embedding.TextEmbedder;
import org.councilassistant.intents.language.Language;
import org.councilassistant.intents.language.WelshEnglishDetector;
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
import org.councilassistant.knowledgebase.testing.TestDatabases;

/**
 * The engine with real parts, as the server wires it: the trained council model, the seeded knowledge base in a
 * migrated database (H2, or PostgreSQL in the postgres profile), the bin calendar and the contact centre (open
 * Monday to Friday 08:30–17:00). Expensive to start, so test classes share one.
 */
public final class CouncilAssistantFixture implements AutoCloseable {

    public static final String WEB_CHAT = "webchat";
    public static final Council COUNCIL = Council.sample();
    public static final AssistantMessages MESSAGES = AssistantMessages.of(Language.ENGLISH, COUNCIL);

    private static TextEmbedder embedder;

    private final IntentCatalogue catalogue = IntentCatalogue.load();
    private final IntentClassifier classifier;
    private final IntentClassifier welshClassifier;
    private final WelshEnglishDetector detector = WelshEnglishDetector.bundled();
    private final HikariDataSource dataSource = TestDatabases.migrated();
    private final KnowledgeBase knowledgeBase;
    private final KnowledgeAnswerer answerer;
    private final BankHolidays holidays = BankHolidays.load();
    private final FileBinCollections collections = new FileBinCollections(holidays);
    private final StaffIntents staffIntents;

    public CouncilAssistantFixture(Path directory, ZonedDateTime indexTime) {
        classifier = new IntentModelStore(directory.resolve("model"), TrainerSettings.defaults(), embedder())
                .loadOrTrain(CouncilTrainingData.load(catalogue, "en"));
        welshClassifier = new IntentModelStore(directory.resolve("model-cy"), TrainerSettings.defaults())
                .loadOrTrain(CouncilTrainingData.load(catalogue, "cy"));
        ArticleIndex index = new ArticleIndex(directory.resolve("index"), embedder());
        ArticleSearcher searcher = new ArticleSearcher(index, new CouncilQueryAnalyzer(CouncilSynonyms.bundled()));
        knowledgeBase = new KnowledgeBase(new ArticleRepository(dataSource), index, searcher,
                Clock.fixed(indexTime.toInstant(), indexTime.getZone()));
        knowledgeBase.seedIfEmpty(SeedArticles.load());
        knowledgeBase.synchronise();
        answerer = new KnowledgeAnswerer(knowledgeBase, EngineSettings.forModel(embedder()));
        staffIntents = new StaffIntents(dataSource, catalogue, id -> knowledgeBase.article(id).isPresent(),
                List.of(CouncilIntents.BIN_COLLECTION_DAY, CouncilIntents.MISSED_BIN),
                Clock.fixed(indexTime.toInstant(), indexTime.getZone()));
    }

    /** The server's sentence-embedding model, loaded once for every fixture in the test JVM. */
    public static synchronized TextEmbedder embedder() {
        if (embedder == null) {
            embedder = new CachingTextEmbedder(OnnxTextEmbedder.named(OnnxTextEmbedder.DEFAULT_MODEL), 10_000);
        }
        return embedder;
    }

    /** A new engine on the shared parts, with its own sessions (as after a restart), at the clock's time. */
    public ConversationEngine engine(Clock clock) {
        SessionStore sessions = new SessionStore(Duration.ofMinutes(30), 1000, clock);
        return new ConversationEngine(sessions, languages(), catalogue, dialogues(clock), answerer,
                EngineSettings.forModel(embedder()), liveChat(clock),
                List.of(new UnansweredQuestionRecorder(new UnansweredQuestions(dataSource), clock)),
                new ServiceNotices(dataSource, clock), clock);
    }

    /** The same, also acting on the intents staff added ({@link #staffIntents()}), as the server wires it. */
    public ConversationEngine engineWithStaffIntents(Clock clock) {
        SessionStore sessions = new SessionStore(Duration.ofMinutes(30), 1000, clock);
        LiveChat liveChat = liveChat(clock);
        return new ConversationEngine(sessions, languages(), catalogue, dialogues(clock), answerer,
                EngineSettings.forModel(embedder()), liveChat,
                List.of(new UnansweredQuestionRecorder(new UnansweredQuestions(dataSource), clock)),
                new ServiceNotices(dataSource, clock), clock,
                new StaffIntentResponder(staffIntents, dialogues(clock), answerer, liveChat.contactCentre()));
    }

    private List<Dialogue> dialogues(Clock clock) {
        return List.of(new BinDayDialogue(collections),
                new MissedBinDialogue(collections, holidays, new JdbcMissedBinReports(dataSource), clock));
    }

    public LiveChat liveChat(Clock clock) {
        ContactCentre contactCentre = new ContactCentre(COUNCIL.phone(), COUNCIL.emergencyPhone(),
                OpeningHours.weekdays(LocalTime.of(8, 30), LocalTime.of(17, 0)), holidays, clock);
        return new LiveChat(new HandoffQueue(dataSource), new Transcripts(dataSource), new CallbackRequests(dataSource),
                HandoffTriggers.bundled(), contactCentre, Set.of(WEB_CHAT), COUNCIL, clock);
    }

    /** English and Welsh; Alexa is English only. */
    public LanguageSupport languages() {
        return new LanguageSupport(detector, Map.of(Language.ENGLISH, classifier, Language.WELSH, welshClassifier),
                Set.of("alexa"), COUNCIL);
    }

    /** Intents staff added, in the fixture's database; they may start the bin-day and missed-bin tasks. */
    public StaffIntents staffIntents() {
        return staffIntents;
    }

    public KnowledgeBase knowledgeBase() {
        return knowledgeBase;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public BankHolidays holidays() {
        return holidays;
    }

    public FileBinCollections collections() {
        return collections;
    }

    @Override
    public void close() throws Exception {
        knowledgeBase.close();
        dataSource.close();
    }
}
