package org.councilassistant.core.handoff;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.councilassistant.core.channel.BotResponse;
import org.councilassistant.core.channel.HandoffState;
import org.councilassistant.core.channel.Reply;
import org.councilassistant.core.conversation.Turn;
import org.councilassistant.core.council.Council;
import org.councilassistant.core.messages.AssistantMessages;
import org.councilassistant.core.service.contact.ContactCentre;
import org.councilassistant.core.service.contact.ContactCentreReplies;
import org.councilassistant.core.service.contact.ContactCentreStatus;
import org.councilassistant.core.session.ConversationSession;
import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.language.Language;

/**
 * Handing conversations to council agents, channel-neutral. The engine asks it, for every message, whether a
 * person has the conversation (then the message goes to them and the assistant stays silent) and, after
 * answering, whether the conversation should go to a person: asked for one, could not help twice in a row, a
 * frustrated resident, or a sensitive topic (which goes to the front of the queue). Inside contact-centre hours
 * the conversation joins the queue; outside them the resident may leave a callback request. Channels without
 * live chat (voice) get the phone number instead. Everything said is stored, residents' words redacted.
 */
public final class LiveChat {

    private static final int MISUNDERSTOOD_TURNS_BEFORE_HANDOFF = 2;
    private static final int TOPIC_LENGTH = 200;

    private final HandoffQueue queue;
    private final Transcripts transcripts;
    private final CallbackRequests callbacks;
    private final HandoffTriggers triggers;
    private final ContactCentre contactCentre;
    private final ContactCentreReplies contactCentreReplies;
    private final Set<String> liveChannels;
    private final Redactor redactor = new Redactor();
    private final Map<Language, AssistantMessages> wording = new EnumMap<>(Language.class);
    private final Clock clock;

    /**
     * @param liveChannels the channels where an agent can take over the conversation (e.g. {@code webchat})
     * @param council the council whose details the notices to residents give ("Amy from … has joined")
     */
    public LiveChat(HandoffQueue queue, Transcripts transcripts, CallbackRequests callbacks, HandoffTriggers triggers,
            ContactCentre contactCentre, Set<String> liveChannels, Council council, Clock clock) {
        this.queue = queue;
        this.transcripts = transcripts;
        this.callbacks = callbacks;
        this.triggers = triggers;
        this.contactCentre = contactCentre;
        this.contactCentreReplies = new ContactCentreReplies(contactCentre);
        this.liveChannels = Set.copyOf(liveChannels);
        for (Language language : Language.values()) {
            wording.put(language, AssistantMessages.of(language, council));
        }
        this.clock = clock;
    }

    public ContactCentre contactCentre() {
        return contactCentre;
    }

    public void conversationStarted(ConversationSession session) {
        transcripts.open(session.id(), session.channel(), session.startedAt());
    }

    public void languageChanged(String conversationId, Language language) {
        transcripts.setLanguage(conversationId, language.code());
    }

    /** Whether the conversation is stored (it may continue after a restart even though its session was lost). */
    public Optional<String> storedChannel(String conversationId) {
        return transcripts.channelOf(conversationId);
    }

    /** While a person has the conversation (or it is queued for one), the message is for them: stored, no reply. */
    public Optional<BotResponse> routeToAgent(ConversationSession session, String text) {
        Optional<Handoff> active = queue.active(session.id());
        if (active.isEmpty()) {
            return Optional.empty();
        }
        transcripts.append(session.id(), TranscriptEntry.of(clock.instant(), Sender.RESIDENT, redactor.redact(text)));
        return Optional.of(BotResponse.silent(stateOf(active.get())));
    }

    /** The assistant's answer, or, if the conversation should now go to a person, what the resident is told instead. */
    public BotResponse afterAnswer(Turn turn, BotResponse answer) {
        Optional<HandoffReason> reason = reasonToHandOver(turn, answer);
        if (reason.isEmpty()) {
            return answer;
        }
        turn.session().noteUnderstood();
        BotResponse handover = liveChannels.contains(turn.session().channel())
                ? handOverLive(turn, reason.get(), answer)
                : handOverByPhone(turn, reason.get(), answer);
        return handover.understoodAs(answer.intent(), answer.confidence());
    }

    /** Stores the resident's message (redacted) and the assistant's replies, in one write. */
    public void record(Turn turn, BotResponse response) {
        List<TranscriptEntry> entries = new ArrayList<>(1 + response.replies().size());
        entries.add(new TranscriptEntry(clock.instant(), Sender.RESIDENT, null, redactor.redact(turn.text()),
                turn.classification().intent(), turn.classification().confidence(), null));
        for (Reply reply : response.replies()) {
            entries.add(new TranscriptEntry(clock.instant(), Sender.ASSISTANT, null, reply.text(), null, null,
                    response.articleId()));
        }
        transcripts.append(turn.session().id(), entries);
    }

    /** Where the resident stands with a person, or null if the conversation was never handed over. */
    public HandoffState residentState(String conversationId) {
        return queue.latest(conversationId).map(this::stateOf).orElse(null);
    }

    public List<TranscriptMessage> transcript(String conversationId) {
        return transcripts.messages(conversationId);
    }

    public List<TranscriptMessage> transcriptAfter(String conversationId, long afterId) {
        return transcripts.messagesAfter(conversationId, afterId);
    }

    // The agent's side.

    public List<Handoff> waiting() {
        return queue.waiting();
    }

    public List<Handoff> connectedTo(String agent) {
        return queue.connectedTo(agent);
    }

    /** 1 for the next to be answered; 0 when it is not waiting. */
    public int positionOf(Handoff handoff) {
        return queue.positionOf(handoff);
    }

    public Handoff handoff(long id) {
        return queue.find(id).orElseThrow(() -> new HandoffNotFoundException(id));
    }

    /** @throws HandoffConflictException if another agent claimed it first, or it is no longer waiting */
    public Handoff claim(long id, String agent, String agentName) {
        handoff(id);
        if (!queue.claim(id, agent, clock.instant())) {
            throw new HandoffConflictException("This conversation has already been taken or has ended");
        }
        Handoff claimed = handoff(id);
        system(claimed.conversationId(), "handoff.joined", agentName);
        return claimed;
    }

    public void agentSays(long id, String agent, String text) {
        Handoff handoff = connectedToAgent(id, agent);
        transcripts.append(handoff.conversationId(),
                new TranscriptEntry(clock.instant(), Sender.AGENT, agent, text, null, null, null));
    }

    public void end(long id, String agent) {
        Handoff handoff = connectedToAgent(id, agent);
        if (!queue.end(id, agent, clock.instant())) {
            throw new HandoffConflictException("This conversation is no longer yours");
        }
        system(handoff.conversationId(), "handoff.ended");
    }

    public void transfer(long id, String fromAgent, String toAgent, String toAgentName) {
        Handoff handoff = connectedToAgent(id, fromAgent);
        if (fromAgent.equals(toAgent) || !queue.transfer(id, fromAgent, toAgent)) {
            throw new HandoffConflictException("This conversation cannot be transferred to " + toAgent);
        }
        system(handoff.conversationId(), "handoff.transferred", toAgentName);
    }

    /** The resident stops waiting. True if they were waiting. */
    public boolean cancel(String conversationId) {
        boolean cancelled = queue.cancel(conversationId, clock.instant());
        if (cancelled) {
            system(conversationId, "handoff.cancelled");
        }
        return cancelled;
    }

    /**
     * Records a callback request given with the resident's explicit consent. The transcript says only that one
     * was left; the contact details are kept in the callback request alone.
     */
    public void requestCallback(String conversationId, String name, String phone, String email, String topic) {
        callbacks.record(conversationId, name, phone, email, topic, clock.instant());
        system(conversationId, "handoff.callbackRecorded");
    }

    public List<CallbackRequest> openCallbacks() {
        return callbacks.open();
    }

    public boolean callbackHandled(long id, String agent) {
        return callbacks.markHandled(id, agent, clock.instant());
    }

    private Optional<HandoffReason> reasonToHandOver(Turn turn, BotResponse answer) {
        if (triggers.isSensitive(turn.text())) {
            return Optional.of(HandoffReason.SENSITIVE);
        }
        if (triggers.isFrustrated(turn.text())) {
            return Optional.of(HandoffReason.FRUSTRATED);
        }
        if (CouncilIntents.TALK_TO_PERSON.equals(answer.intent())) {
            return Optional.of(HandoffReason.ASKED);
        }
        if (answer.offerHandoff()) {
            return turn.session().noteMisunderstood() >= MISUNDERSTOOD_TURNS_BEFORE_HANDOFF
                    ? Optional.of(HandoffReason.NOT_UNDERSTOOD) : Optional.empty();
        }
        turn.session().noteUnderstood();
        return Optional.empty();
    }

    private BotResponse handOverLive(Turn turn, HandoffReason reason, BotResponse answer) {
        String key = "handoff.queued." + reason.name();
        ContactCentreStatus status = contactCentre.status();
        if (!(status instanceof ContactCentreStatus.Open)) {
            String closed = reason == HandoffReason.SENSITIVE
                    ? turn.messages().text("handoff.closed.SENSITIVE", contactCentre.emergencyPhone())
                    : turn.messages().text("handoff.closed", whenOpens(status, turn));
            return withArticle(closed, reason, answer).withHandoff(HandoffState.callbackOffered());
        }
        Handoff handoff = queue.enqueue(turn.session().id(), reason, reason == HandoffReason.SENSITIVE,
                topic(turn, reason), details(turn.session()), clock.instant());
        int position = queue.positionOf(handoff);
        return withArticle(turn.messages().text(key, position), reason, answer).withHandoff(HandoffState.queued(position));
    }

    private BotResponse handOverByPhone(Turn turn, HandoffReason reason, BotResponse answer) {
        if (reason == HandoffReason.ASKED) {
            return answer;
        }
        BotResponse person = contactCentreReplies.offerPerson(turn.messages(), turn.today());
        if (reason == HandoffReason.SENSITIVE) {
            String urgent = turn.messages().text("handoff.phone.SENSITIVE", contactCentre.emergencyPhone());
            return withArticle(urgent + " " + person.replies().get(0).text(), reason, answer);
        }
        return person;
    }

    /** A sensitive question may also have a useful article (say, on homelessness): the resident gets both. */
    private static BotResponse withArticle(String text, HandoffReason reason, BotResponse answer) {
        BotResponse handover = BotResponse.say(text);
        if (reason == HandoffReason.SENSITIVE && answer.articleId() != null) {
            List<Reply> replies = new ArrayList<>(handover.replies());
            replies.addAll(answer.replies());
            return new BotResponse(replies, null, 0.0, answer.articleId(), List.of(), false, null);
        }
        return handover;
    }

    private String whenOpens(ContactCentreStatus status, Turn turn) {
        if (status instanceof ContactCentreStatus.Closed closed) {
            return ContactCentreReplies.whenOpens(closed.opens(), turn.today(), turn.messages());
        }
        return turn.messages().text("handoff.notStaffed");
    }

    /** What the resident needs, for the queue: their last question that was not just "can I talk to someone". */
    private String topic(Turn turn, HandoffReason reason) {
        String topic = reason != HandoffReason.ASKED ? turn.text()
                : turn.session().earlierQuestion(turn.text(), Set.of(CouncilIntents.TALK_TO_PERSON)).orElse(turn.text());
        String redacted = redactor.redact(topic);
        return redacted.length() <= TOPIC_LENGTH ? redacted : redacted.substring(0, TOPIC_LENGTH - 1) + "…";
    }

    private static String details(ConversationSession session) {
        return session.details().entrySet().stream()
                .map(detail -> detail.getKey() + ": " + detail.getValue())
                .collect(Collectors.joining("\n"));
    }

    private Handoff connectedToAgent(long id, String agent) {
        Handoff handoff = handoff(id);
        if (handoff.status() != HandoffStatus.CONNECTED || !agent.equals(handoff.agent())) {
            throw new HandoffConflictException("This conversation is not connected to you");
        }
        return handoff;
    }

    /** A notice from the council's system to the resident, in the conversation's language. */
    private void system(String conversationId, String key, Object... args) {
        Language language = Language.ofCode(transcripts.languageOf(conversationId)).orElse(Language.ENGLISH);
        String text = wording.get(language).text(key, args);
        transcripts.append(conversationId, TranscriptEntry.of(clock.instant(), Sender.SYSTEM, text));
    }

    private HandoffState stateOf(Handoff handoff) {
        return switch (handoff.status()) {
            case QUEUED -> HandoffState.queued(queue.positionOf(handoff));
            case CONNECTED -> new HandoffState("connected", 0);
            case ENDED -> new HandoffState("ended", 0);
            case CANCELLED -> new HandoffState("cancelled", 0);
        };
    }
}
