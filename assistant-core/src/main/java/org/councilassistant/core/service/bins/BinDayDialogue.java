package org.councilassistant.core.service.bins;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.councilassistant.core.channel.BotResponse;
import org.councilassistant.core.channel.Reply;
import org.councilassistant.core.conversation.Turn;
import org.councilassistant.core.dialogue.Dialogue;
import org.councilassistant.core.messages.AssistantMessages;
import org.councilassistant.core.session.TaskState;
import org.councilassistant.intents.Classification;
import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.entities.BinType;

/**
 * "When is my bin day?": finds the address (postcode, then house number) and answers with the next
 * collection dates, for every bin or just the ones asked about. Afterwards, "and the garden waste?" or
 * "what about the black bin?" is answered for the same address.
 */
public final class BinDayDialogue implements Dialogue {

    private static final Set<String> FOLLOW_UP_OPENINGS = Set.of("and", "what", "how", "when", "whats", "what's", "the");
    private static final int MAX_FOLLOW_UP_WORDS = 8;
    private static final Set<String> FOLLOW_UP_INTENTS =
            Set.of(CouncilIntents.BIN_COLLECTION_DAY, CouncilIntents.GARDEN_WASTE);
    private static final double FOLLOW_UP_MAX_OTHER_CONFIDENCE = 0.5;

    private final BinCollections collections;
    private final AddressFinder addresses;

    public BinDayDialogue(BinCollections collections) {
        this.collections = collections;
        this.addresses = new AddressFinder(collections);
    }

    @Override
    public String intent() {
        return CouncilIntents.BIN_COLLECTION_DAY;
    }

    @Override
    public boolean accepts(Turn turn) {
        return addresses.accepts(turn, turn.session().task().awaiting());
    }

    @Override
    public BotResponse continueWith(Turn turn) {
        try {
            return findAndAnswer(turn);
        } catch (BinServiceUnavailableException e) {
            return unavailable(turn);
        }
    }

    private BotResponse findAndAnswer(Turn turn) {
        TaskState task = turn.session().task();
        turn.entities().binTypes().stream().findFirst().ifPresent(bin -> task.fill("bin", bin.name()));
        AddressFinder.Step step = addresses.find(turn);
        if (step instanceof AddressFinder.Ask ask) {
            return ask.question();
        }
        Address address = ((AddressFinder.Found) step).address();
        String bin = task.slot("bin");
        turn.session().endTask(true);
        return answer(turn, address, bin == null ? List.of() : List.of(BinType.valueOf(bin)));
    }

    @Override
    public Optional<BotResponse> followUp(Turn turn) {
        if (!intent().equals(turn.session().lastCompletedTask()) || turn.session().uprn() == null
                || turn.entities().binTypes().isEmpty() || !looksLikeFollowUp(turn.text())
                || !aboutCollectionDays(turn)) {
            return Optional.empty();
        }
        try {
            return collections.address(turn.session().uprn())
                    .map(address -> answer(turn, address, turn.entities().binTypes()));
        } catch (BinServiceUnavailableException e) {
            return Optional.of(unavailable(turn));
        }
    }

    /**
     * The council's bin system is not answering (the adapter has logged why): sorry, try later, or phone the
     * council's contact centre (its number comes from the council settings, through the wording).
     */
    private BotResponse unavailable(Turn turn) {
        turn.session().endTask(false);
        return BotResponse.say(turn.messages().text("bins.unavailable"))
                .withSuggestions(List.of(turn.messages().text("suggestion.person")));
    }

    private BotResponse answer(Turn turn, Address address, List<BinType> asked) {
        AssistantMessages messages = turn.messages();
        List<Collection> next = collections.nextCollections(address.uprn(), turn.today());
        if (asked.isEmpty()) {
            List<String> lines = new ArrayList<>();
            List<String> spokenLines = new ArrayList<>();
            lines.add(messages.text("bins.nextAll", address.line()));
            for (Collection collection : next) {
                String bin = BinNames.bin(collection.binType(), messages);
                String when = BinNames.when(collection, messages);
                lines.add(messages.text("bins.nextLine", capitalise(bin), when));
                spokenLines.add(messages.text("bins.nextLine.spoken", bin, when));
            }
            String text = String.join("\n", lines) + "\n\n" + messages.text("bins.outBy");
            String spoken = messages.text("bins.nextAll.spoken", address.line(), listInSpeech(spokenLines, messages))
                    + " " + messages.text("bins.outBy");
            return BotResponse.say(new Reply(text, spoken, List.of()))
                    .withSuggestions(List.of(messages.text("suggestion.missedBin")));
        }
        List<String> sentences = new ArrayList<>();
        for (BinType bin : asked) {
            Optional<Collection> collection = next.stream().filter(c -> c.binType() == bin).findFirst();
            if (collection.isPresent()) {
                sentences.add(messages.text("bins.nextOne", BinNames.bin(bin, messages),
                        BinNames.when(collection.get(), messages)));
            } else if (bin == BinType.GARDEN) {
                sentences.add(messages.text("bins.noGarden", address.line()));
            } else {
                sentences.add(messages.text("bins.notAtAddress", BinNames.bin(bin, messages), address.line()));
            }
        }
        return BotResponse.say(String.join(" ", sentences));
    }

    /** Unsure, or about when bins are collected: "order a new recycling bin" is a question of its own. */
    private static boolean aboutCollectionDays(Turn turn) {
        Classification classification = turn.classification();
        return classification.outOfScope()
                || classification.confidence() < FOLLOW_UP_MAX_OTHER_CONFIDENCE
                || FOLLOW_UP_INTENTS.contains(classification.intent());
    }

    private static boolean looksLikeFollowUp(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
        return words.length <= MAX_FOLLOW_UP_WORDS && (words.length <= 4 || FOLLOW_UP_OPENINGS.contains(words[0]));
    }

    /** "a, b and c", as a sentence is spoken. */
    private static String listInSpeech(List<String> items, AssistantMessages messages) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + messages.text("list.and")
                + items.get(items.size() - 1);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
