package org.councilassistant.core.service.bins;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.councilassistant.core.channel.BotResponse;
import org.councilassistant.core.conversation.Turn;
import org.councilassistant.core.session.ConversationSession;
import org.councilassistant.intents.entities.Postcode;
import org.councilassistant.intents.entities.PostcodeExtractor;

/**
 * Works out the resident's address over as many turns as it takes: asks for a postcode, then, when several
 * addresses share it, for the house number. Remembers the answer in the session for later questions.
 */
final class AddressFinder {

    static final String AWAITING_POSTCODE = "postcode";
    static final String AWAITING_ADDRESS = "address";
    private static final int MAX_LISTED = 10;

    private final BinCollections collections;
    private final PostcodeExtractor postcodes = new PostcodeExtractor();

    AddressFinder(BinCollections collections) {
        this.collections = collections;
    }

    /** Either the address, or the question to ask next (the task's awaited step is set accordingly). */
    sealed interface Step permits Found, Ask {
    }

    record Found(Address address) implements Step {
    }

    record Ask(BotResponse question) implements Step {
    }

    /** True when the message carries something this finder is waiting for. */
    boolean accepts(Turn turn, String awaiting) {
        if (AWAITING_POSTCODE.equals(awaiting)) {
            return turn.entities().postcode().isPresent();
        }
        if (AWAITING_ADDRESS.equals(awaiting)) {
            return turn.entities().postcode().isPresent() || turn.entities().houseNumber().isPresent()
                    || candidateNamed(turn).isPresent();
        }
        return false;
    }

    Step find(Turn turn) {
        ConversationSession session = turn.session();
        boolean askedForPostcode = AWAITING_POSTCODE.equals(session.task().awaiting());
        Optional<Postcode> mentioned = turn.entities().postcode();
        if (mentioned.isEmpty() && session.uprn() != null) {
            Optional<Address> known = collections.address(session.uprn());
            if (known.isPresent()) {
                return new Found(known.get());
            }
        }
        if (mentioned.isPresent()) {
            session.setPendingPostcode(mentioned.get().toString());
        }
        if (session.pendingPostcode() == null) {
            session.task().await(AWAITING_POSTCODE);
            String key = askedForPostcode ? "bins.notPostcode" : "bins.askPostcode";
            return new Ask(BotResponse.say(turn.messages().text(key)));
        }
        Postcode postcode = postcodes.parse(session.pendingPostcode()).orElseThrow();
        List<Address> candidates = collections.addressesAt(postcode);
        if (candidates.isEmpty()) {
            session.setPendingPostcode(null);
            session.task().await(AWAITING_POSTCODE);
            return new Ask(BotResponse.say(turn.messages().text("bins.noAddresses", postcode.toString())));
        }
        Optional<Address> chosen = choose(turn, candidates);
        if (chosen.isPresent()) {
            session.rememberAddress(chosen.get().uprn());
            session.setPendingPostcode(null);
            return new Found(chosen.get());
        }
        session.task().await(AWAITING_ADDRESS);
        String number = turn.entities().houseNumber().orElse(null);
        String question = number != null && mentioned.isEmpty()
                ? turn.messages().text("bins.noSuchNumber", number, postcode.toString())
                : turn.messages().text("bins.whichAddress", candidates.size(), postcode.toString());
        List<String> lines = candidates.stream().limit(MAX_LISTED).map(Address::line).toList();
        return new Ask(BotResponse.say(question).withSuggestions(lines));
    }

    private Optional<Address> choose(Turn turn, List<Address> candidates) {
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        Optional<Address> named = candidates.stream()
                .filter(a -> turn.text().toLowerCase(Locale.ROOT).contains(a.line().toLowerCase(Locale.ROOT)))
                .findFirst();
        if (named.isPresent()) {
            return named;
        }
        Optional<String> number = turn.entities().houseNumber();
        if (number.isEmpty()) {
            return Optional.empty();
        }
        List<Address> matching = candidates.stream().filter(a -> a.matchesNumber(number.get())).toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    private Optional<Address> candidateNamed(Turn turn) {
        String pending = turn.session().pendingPostcode();
        if (pending == null) {
            return Optional.empty();
        }
        return postcodes.parse(pending).map(collections::addressesAt).orElse(List.of()).stream()
                .filter(a -> turn.text().toLowerCase(Locale.ROOT).contains(a.line().toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
