package org.councilassistant.core.staffintent;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.councilassistant.core.channel.BotResponse;
import org.councilassistant.core.conversation.Turn;
import org.councilassistant.core.dialogue.Dialogue;
import org.councilassistant.core.knowledge.KnowledgeAnswerer;
import org.councilassistant.core.service.contact.ContactCentre;
import org.councilassistant.core.service.contact.ContactCentreReplies;
import org.councilassistant.intents.CouncilIntents;

/**
 * What the engine does for an intent staff added: answers from its article, starts its task's dialogue, or
 * offers a person. The action is looked up when the intent is recognised, so a change applies at once.
 *
 * <p>A hand-off is answered as asking for a person is ({@code talk_to_person}), so a live channel queues the
 * resident for an agent just the same.
 */
public final class StaffIntentResponder {

    private final Function<String, Optional<StaffIntent>> intents;
    private final Map<String, Dialogue> dialogues;
    private final KnowledgeAnswerer answerer;
    private final ContactCentreReplies contactCentre;

    public StaffIntentResponder(StaffIntents intents, List<Dialogue> dialogues, KnowledgeAnswerer answerer,
            ContactCentre contactCentre) {
        this(intents::find, dialogues, answerer, new ContactCentreReplies(contactCentre));
    }

    private StaffIntentResponder(Function<String, Optional<StaffIntent>> intents, List<Dialogue> dialogues,
            KnowledgeAnswerer answerer, ContactCentreReplies contactCentre) {
        this.intents = intents;
        this.dialogues = dialogues.stream().collect(Collectors.toMap(Dialogue::intent, Function.identity()));
        this.answerer = answerer;
        this.contactCentre = contactCentre;
    }

    /** For an engine without staff intents (tools and benchmarks): recognises none. */
    public static StaffIntentResponder none() {
        return new StaffIntentResponder(name -> Optional.empty(), List.of(), null, null);
    }

    /**
     * The answer to a turn understood as a staff intent; empty when the intent is not one, or its article is not
     * published (the engine then answers as for any other question).
     */
    public Optional<BotResponse> respond(Turn turn) {
        Optional<StaffIntent> intent = intents.apply(turn.classification().intent());
        if (intent.isEmpty()) {
            return Optional.empty();
        }
        IntentAction action = intent.get().action();
        if (action instanceof IntentAction.AnswerFromArticle article) {
            return answerer.answerArticle(turn, article.articleId());
        }
        if (action instanceof IntentAction.StartTask task) {
            Dialogue dialogue = dialogues.get(task.task());
            return dialogue == null ? Optional.empty() : Optional.of(dialogue.start(turn));
        }
        return Optional.of(contactCentre.offerPerson(turn.messages(), turn.today())
                .understoodAs(CouncilIntents.TALK_TO_PERSON, turn.classification().confidence()));
    }
}
