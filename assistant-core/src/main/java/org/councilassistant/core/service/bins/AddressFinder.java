package org.councilassistant.core.service.bins;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.councilassistant.core.channel.BotResponse;
import org.councilassistant.core.channel.Reply;
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
            session.noteDetail("postcode", mentioned.get().toString());
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
        List<Address> shortlist = shortlist(turn, candidates);
        if (shortlist.size() == 1) {
            session.rememberAddress(shortlist.get(0).uprn());
            session.noteDetail("address", shortlist.get(0).line());
            session.setPendingPostcode(null);
            return new Found(shortlist.get(0));
        }
        session.task().await(AWAITING_ADDRESS);
        String number = turn.entities().houseNumber().orElse(null);
        String key = shortlist.isEmpty() ? "bins.noSuchNumber" : "bins.whichAddress";
        Object[] args = shortlist.isEmpty()
                ? new Object[] {number, postcode.toString()}
                : new Object[] {shortlist.size(), postcode.toString()};
        Reply question = new Reply(turn.messages().text(key, args), turn.messages().spoken(key, args), List.of());
        List<Address> listed = shortlist.isEmpty() ? candidates : shortlist;
        return new Ask(BotResponse.say(question)
                .withSuggestions(listed.stream().limit(MAX_LISTED).map(Address::line).toList()));
    }

    /**
     * The addresses the message could mean: the one it names in full, else those with the house number it
     * gives (several flats can share a building number), else all of them. Empty when a number matches none.
     */
    private static List<Address> shortlist(Turn turn, List<Address> candidates) {
        if (candidates.size() == 1) {
            return candidates;
        }
        Optional<Address> named = namedIn(turn.text(), candidates);
        if (named.isPresent()) {
            return List.of(named.get());
        }
        Optional<String> number = turn.entities().houseNumber();
        if (number.isEmpty()) {
            return candidates;
        }
        return candidates.stream().filter(a -> a.matchesNumber(number.get())).toList();
    }

    /** The address whose whole line the text contains; the longest wins, so "11 Station Road" beats "1 Station Road". */
    private static Optional<Address> namedIn(String text, List<Address> candidates) {
        String lower = text.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(a -> lower.contains(a.line().toLowerCase(Locale.ROOT)))
                .max(Comparator.comparingInt(a -> a.line().length()));
    }

    private Optional<Address> candidateNamed(Turn turn) {
        String pending = turn.session().pendingPostcode();
        if (pending == null) {
            return Optional.empty();
        }
        try {
            return namedIn(turn.text(), postcodes.parse(pending).map(collections::addressesAt).orElse(List.of()));
        } catch (BinServiceUnavailableException e) {
            // Unanswered here, the message goes to the dialogue anyway, which tells the resident to try later.
            return Optional.empty();
        }
    }
}
