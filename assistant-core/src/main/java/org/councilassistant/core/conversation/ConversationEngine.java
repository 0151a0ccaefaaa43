package org.councilassistant.core.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.councilassistant.core.channel.BotResponse;
import org.councilassistant.core.channel.HandoffState;
import org.councilassistant.core.channel.Reply;
import org.councilassistant.core.channel.UserMessage;
import org.councilassistant.core.dialogue.Dialogue;
import org.councilassistant.core.knowledge.KnowledgeAnswerer;
import org.councilassistant.core.handoff.LiveChat;
import org.councilassistant.core.language.LanguageSupport;
import org.councilassistant.core.service.contact.ContactCentreReplies;
import org.councilassistant.core.session.ConversationSession;
import org.councilassistant.core.session.SessionEvent;
import org.councilassistant.core.session.SessionStore;
import org.councilassistant.core.session.TaskState;
import org.councilassistant.core.staffintent.StaffIntentResponder;
import org.councilassistant.intents.Classification;
import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.IntentClassifier;
import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.intents.catalogue.IntentKind;
import org.councilassistant.intents.entities.DateDirection;
import org.councilassistant.intents.entities.EntityExtractor;
import org.councilassistant.intents.language.Language;
import org.councilassistant.knowledgebase.notice.ServiceNotice;
import org.councilassistant.knowledgebase.notice.ServiceNotices;

/**
 * The channel-neutral conversation engine: one resident message in, the assistant's replies out.
 *
 * <p>Policy, in order:
 * <ol>
 *   <li>a task under way (say, waiting for a postcode) gets the message if it can use it, unless the resident
 *       has clearly moved on to another topic;</li>
 *   <li>a follow-up on a finished task ("and the garden waste?") goes back to that task;</li>
 *   <li>a recognised task intent starts its dialogue; small talk gets a stock reply; asking for a person gets
 *       the offer of one; an intent staff added does what they chose; any other recognised intent is answered
 *       from the best article for it;</li>
 *   <li>a message no intent matched is searched for in the knowledge base, and answered only if an article
 *       covers most of it; otherwise the assistant says honestly it cannot help and offers a person.</li>
 * </ol>
 * Messages of one session are handled one at a time; different sessions run in parallel.
 */
public final class ConversationEngine {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConversationEngine.class);

    /** A message that a task under way could use is understood as part of that task, not classified afresh. */
    private static final double CONTINUATION_CONFIDENCE = 1.0;

    private final SessionStore sessions;
    private final LanguageSupport languages;
    private final IntentCatalogue catalogue;
    private final EntityExtractor entities = new EntityExtractor();
    private final Map<String, Dialogue> dialogues;
    private final KnowledgeAnswerer answerer;
    private final EngineSettings settings;
    private final ContactCentreReplies contactCentre;
    private final LiveChat liveChat;
    private final List<TurnObserver> observers;
    private final ServiceNotices notices;
    private final Clock clock;
    private final StaffIntentResponder staffIntents;

    /** An engine that knows only the bundled intents (tools and benchmarks). */
    public ConversationEngine(SessionStore sessions, LanguageSupport languages, IntentCatalogue catalogue,
            List<Dialogue> dialogues, KnowledgeAnswerer answerer, EngineSettings settings, LiveChat liveChat,
            List<TurnObserver> observers, ServiceNotices notices, Clock clock) {
        this(sessions, languages, catalogue, dialogues, answerer, settings, liveChat, observers, notices, clock,
                StaffIntentResponder.none());
    }

    /** @param staffIntents acts on the intents staff added beside the bundled catalogue */
    public ConversationEngine(SessionStore sessions, LanguageSupport languages, IntentCatalogue catalogue,
            List<Dialogue> dialogues, KnowledgeAnswerer answerer, EngineSettings settings, LiveChat liveChat,
            List<TurnObserver> observers, ServiceNotices notices, Clock clock, StaffIntentResponder staffIntents) {
        this.sessions = sessions;
        this.languages = languages;
        this.catalogue = catalogue;
        this.dialogues = dialogues.stream().collect(Collectors.toMap(Dialogue::intent, Function.identity()));
        this.answerer = answerer;
        this.settings = settings;
        this.contactCentre = new ContactCentreReplies(liveChat.contactCentre());
        this.liveChat = liveChat;
        this.observers = List.copyOf(observers);
        this.notices = notices;
        this.clock = clock;
        this.staffIntents = staffIntents;
    }

    /** Starts a conversation and returns its session. */
    public ConversationSession start(String channel) {
        ConversationSession session = sessions.create(channel);
        liveChat.conversationStarted(session);
        return session;
    }

    /**
     * Handles one message.
     *
     * @throws UnknownSessionException if the session does not exist or has expired
     */
    public BotResponse handle(UserMessage message) {
        ConversationSession session = session(message.sessionId());
        synchronized (session) {
            String text = message.text().strip();
            Language before = session.language();
            Language language = languages.languageOf(session, text);
            if (language != before) {
                liveChat.languageChanged(session.id(), language);
            }
            Optional<BotResponse> forAgent = liveChat.routeToAgent(session, text);
            if (forAgent.isPresent()) {
                return forAgent.get();
            }
            if (languages.unsupportedOn(session.channel(), language)) {
                session.setLanguage(Language.ENGLISH);
                return BotResponse.say(languages.messages(Language.ENGLISH).text("language.notOnThisChannel"));
            }
            IntentClassifier classifier = languages.classifier(language);
            float[] embedding = embed(classifier, text);
            Classification classification = message.resolvedIntent() != null
                    ? new Classification(message.resolvedIntent(), 1.0, List.of(), false)
                    : classifier.classify(text, embedding);
            LocalDate today = LocalDate.now(clock);
            Turn turn = new Turn(session, text, classification,
                    entities.extract(text, today, DateDirection.FUTURE), today, languages.messages(language),
                    embedding);
            session.record(new SessionEvent.UserSaid(clock.instant(), text, classification.intent(),
                    classification.confidence()));
            BotResponse response = respond(turn);
            if (response.intent() == null) {
                response = response.understoodAs(classification.intent(), classification.confidence());
            }
            response = withNotices(response);
            response = liveChat.afterAnswer(turn, response);
            liveChat.record(turn, response);
            for (TurnObserver observer : observers) {
                try {
                    observer.answered(turn, response);
                } catch (RuntimeException e) {
                    // Learning from a turn must never cost the resident their answer.
                    LOG.warn("{} failed: {}", observer.getClass().getSimpleName(), e.toString());
                }
            }
            session.record(new SessionEvent.BotReplied(clock.instant(),
                    response.replies().stream().map(Reply::text).toList(), response.articleId()));
            return response;
        }
    }

    /**
     * The message's sentence embedding, once per turn: the classifier and the knowledge-base search share it.
     * Null where the language's model reads words only (Welsh).
     */
    private static float[] embed(IntentClassifier classifier, String text) {
        return text.isBlank() ? null : classifier.embedder().map(embedder -> embedder.embed(text)).orElse(null);
    }

    /** Staff's notices for the intent ("collections running a day late after snow") come first, until they expire. */
    private BotResponse withNotices(BotResponse response) {
        if (response.intent() == null || response.replies().isEmpty()) {
            return response;
        }
        List<ServiceNotice> active = notices.activeNotices(response.intent(), clock.instant());
        if (active.isEmpty()) {
            return response;
        }
        List<Reply> replies = new java.util.ArrayList<>();
        active.forEach(notice -> replies.add(Reply.of(notice.message())));
        replies.addAll(response.replies());
        return new BotResponse(replies, response.intent(), response.confidence(), response.articleId(),
                response.suggestions(), response.offerHandoff(), response.handoff());
    }

    /** The session, brought back if this node lost it (a restart) but the conversation is stored. */
    private ConversationSession session(String id) {
        Optional<ConversationSession> live = sessions.find(id);
        if (live.isPresent()) {
            return live.get();
        }
        return liveChat.storedChannel(id).map(channel -> sessions.restore(id, channel))
                .orElseThrow(() -> new UnknownSessionException(id));
    }

    /**
     * What the assistant would answer to {@code text} as the first message of a conversation, with nothing
     * stored, queued or learned: for staff trying questions out in the console.
     */
    public Preview preview(String text, Language language) {
        ConversationSession scratch = new ConversationSession("preview", "preview", clock.instant());
        scratch.chooseLanguage(language);
        String question = text.strip();
        IntentClassifier classifier = languages.classifier(language);
        float[] embedding = embed(classifier, question);
        Classification classification = classifier.classify(question, embedding);
        LocalDate today = LocalDate.now(clock);
        Turn turn = new Turn(scratch, question, classification,
                entities.extract(question, today, DateDirection.FUTURE), today, languages.messages(language),
                embedding);
        BotResponse response = respond(turn);
        return new Preview(classification, response.intent() == null
                ? response.understoodAs(classification.intent(), classification.confidence()) : response);
    }

    /** A previewed answer and how the question was classified. */
    public record Preview(Classification classification, BotResponse response) {
    }

    /** The resident chose a language ("Cymraeg" / "English"); it holds until they choose again. */
    public void chooseLanguage(String sessionId, Language language) {
        ConversationSession session = session(sessionId);
        synchronized (session) {
            session.chooseLanguage(language);
            liveChat.languageChanged(session.id(), language);
        }
    }

    public Language languageOf(String sessionId) {
        return session(sessionId).language();
    }

    /** Where the resident stands with a person, or null if the conversation was never handed over. */
    public HandoffState handoffState(String sessionId) {
        return liveChat.residentState(session(sessionId).id());
    }

    private BotResponse respond(Turn turn) {
        ConversationSession session = turn.session();
        TaskState task = session.task();
        if (task != null) {
            Dialogue dialogue = dialogues.get(task.intent());
            if (dialogue.accepts(turn) || !movesOn(turn, task)) {
                return dialogue.continueWith(turn).understoodAs(task.intent(), CONTINUATION_CONFIDENCE);
            }
            session.endTask(false);
        }
        for (Dialogue dialogue : dialogues.values()) {
            Optional<BotResponse> followUp = dialogue.followUp(turn);
            if (followUp.isPresent()) {
                return followUp.get().understoodAs(dialogue.intent(), CONTINUATION_CONFIDENCE);
            }
        }
        Classification classification = turn.classification();
        if (classification.outOfScope()) {
            return answerer.answerFreeText(turn).orElseGet(() -> StockReplies.cannotHelp(turn.messages()));
        }
        String intent = classification.intent();
        if (catalogue.find(intent).isEmpty()) {
            Optional<BotResponse> staffAnswer = staffIntents.respond(turn);
            if (staffAnswer.isPresent()) {
                return staffAnswer.get();
            }
        }
        IntentKind kind = catalogue.kindOf(intent);
        return switch (kind) {
            case TASK -> dialogues.containsKey(intent)
                    ? dialogues.get(intent).start(turn)
                    : answerer.answerIntent(turn, intent).orElseGet(() -> StockReplies.cannotHelp(turn.messages()));
            case SOCIAL -> StockReplies.smallTalk(intent, turn.messages());
            case HANDOFF -> contactCentre.offerPerson(turn.messages(), turn.today());
            case INFORMATIONAL -> answerer.answerIntent(turn, intent)
                    .orElseGet(() -> StockReplies.cannotHelp(turn.messages()));
        };
    }

    /** The resident has clearly changed the subject, rather than given a task an answer it cannot use. */
    private boolean movesOn(Turn turn, TaskState task) {
        Classification classification = turn.classification();
        return !classification.outOfScope()
                && !classification.intent().equals(task.intent())
                && (classification.confidence() >= settings.topicSwitchConfidence()
                        || CouncilIntents.TALK_TO_PERSON.equals(classification.intent()));
    }
}
