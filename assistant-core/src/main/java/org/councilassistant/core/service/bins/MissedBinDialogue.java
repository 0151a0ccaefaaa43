package org.councilassistant.core.service.bins;

import org.councilassistant.core.calendar.BankHolidays;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.councilassistant.core.channel.BotResponse;
import org.councilassistant.core.conversation.Turn;
import org.councilassistant.core.dialogue.Dialogue;
import org.councilassistant.core.messages.AssistantMessages;
import org.councilassistant.core.session.TaskState;
import org.councilassistant.intents.CouncilIntents;
import org.councilassistant.intents.entities.BinType;

/**
 * "My bin wasn't collected": finds the address and the bin, checks the report window (after the collection
 * day and within two working days of it), confirms, and records the report with a reference number.
 */
public final class MissedBinDialogue implements Dialogue {

    private static final int REPORT_WINDOW_WORKING_DAYS = 2;
    private static final String AWAITING_BIN = "bin";
    private static final String AWAITING_CONFIRMATION = "confirmation";
    private static final Set<String> YES = Set.of("yes", "y", "yeah", "yep", "yes please", "ok", "okay", "sure",
            "correct", "please do", "go ahead", "that's right", "thats right");
    private static final Set<String> NO = Set.of("no", "n", "nope", "no thanks", "don't", "dont", "cancel", "stop");

    private final BinCollections collections;
    private final BankHolidays holidays;
    private final MissedBinReports reports;
    private final AddressFinder addresses;
    private final Clock clock;

    public MissedBinDialogue(BinCollections collections, BankHolidays holidays, MissedBinReports reports, Clock clock) {
        this.collections = collections;
        this.holidays = holidays;
        this.reports = reports;
        this.addresses = new AddressFinder(collections);
        this.clock = clock;
    }

    @Override
    public String intent() {
        return CouncilIntents.MISSED_BIN;
    }

    @Override
    public boolean accepts(Turn turn) {
        String awaiting = turn.session().task().awaiting();
        return switch (awaiting == null ? "" : awaiting) {
            case AWAITING_BIN -> !turn.entities().binTypes().isEmpty();
            case AWAITING_CONFIRMATION -> answer(turn.text()) != null;
            default -> addresses.accepts(turn, awaiting);
        };
    }

    @Override
    public BotResponse continueWith(Turn turn) {
        boolean reporting = AWAITING_CONFIRMATION.equals(turn.session().task().awaiting());
        try {
            return findCheckAndReport(turn);
        } catch (BinServiceUnavailableException e) {
            // The adapter has logged why; the resident hears whether their report went through, and the council's
            // number (from the council settings, through the wording).
            turn.session().endTask(false);
            return BotResponse.say(turn.messages().text(reporting ? "missed.unavailable" : "bins.unavailable"))
                    .withSuggestions(List.of(turn.messages().text("suggestion.person")));
        }
    }

    private BotResponse findCheckAndReport(Turn turn) {
        TaskState task = turn.session().task();
        AssistantMessages messages = turn.messages();
        turn.entities().binTypes().stream().findFirst().ifPresent(bin -> task.fill("bin", bin.name()));
        AddressFinder.Step step = addresses.find(turn);
        if (step instanceof AddressFinder.Ask ask) {
            return ask.question();
        }
        Address address = ((AddressFinder.Found) step).address();
        List<BinType> bins = collections.binsAt(address.uprn());
        if (task.slot("bin") == null) {
            task.await(AWAITING_BIN);
            return BotResponse.say(messages.text("missed.askBin", address.line()))
                    .withSuggestions(bins.stream().map(b -> BinNames.bin(b, messages)).toList());
        }
        BinType bin = BinType.valueOf(task.slot("bin"));
        String binName = BinNames.bin(bin, messages);
        if (!bins.contains(bin)) {
            task.fill("bin", null);
            task.await(AWAITING_BIN);
            return BotResponse.say(messages.text("bins.notAtAddress", binName, address.line()) + " "
                    + messages.text("missed.askBin", address.line()))
                    .withSuggestions(bins.stream().map(b -> BinNames.bin(b, messages)).toList());
        }
        Optional<Collection> due = collections.lastCollection(address.uprn(), bin, turn.today());
        if (due.isEmpty()) {
            turn.session().endTask(false);
            return BotResponse.say(messages.text("bins.notAtAddress", binName, address.line()));
        }
        LocalDate dueDate = due.get().date();
        if (dueDate.equals(turn.today())) {
            turn.session().endTask(false);
            return BotResponse.say(messages.text("missed.today", binName));
        }
        if (holidays.workingDaysAfter(dueDate, turn.today()) > REPORT_WINDOW_WORKING_DAYS) {
            turn.session().endTask(false);
            String next = collections.nextCollections(address.uprn(), turn.today().plusDays(1)).stream()
                    .filter(c -> c.binType() == bin).findFirst()
                    .map(c -> BinNames.when(c, messages)).orElse("");
            return BotResponse.say(messages.text("missed.tooLate", binName, BinNames.date(dueDate, messages), next));
        }
        Optional<String> existing = reports.existingReference(address.uprn(), bin, dueDate);
        if (existing.isPresent()) {
            turn.session().endTask(true);
            return BotResponse.say(messages.text("missed.alreadyReported", binName, address.line(), existing.get()));
        }
        return confirmThenRecord(turn, task, address, bin, dueDate);
    }

    private BotResponse confirmThenRecord(Turn turn, TaskState task, Address address, BinType bin, LocalDate due) {
        AssistantMessages messages = turn.messages();
        String binName = BinNames.bin(bin, messages);
        if (!AWAITING_CONFIRMATION.equals(task.awaiting())) {
            task.await(AWAITING_CONFIRMATION);
            return BotResponse.say(messages.text("missed.confirm", binName, address.line(), BinNames.date(due, messages)))
                    .withSuggestions(List.of(messages.text("suggestion.yes"), messages.text("suggestion.no")));
        }
        Boolean yes = answer(turn.text());
        if (yes == null) {
            return BotResponse.say(messages.text("missed.yesNo", binName))
                    .withSuggestions(List.of(messages.text("suggestion.yes"), messages.text("suggestion.no")));
        }
        turn.session().endTask(yes);
        if (!yes) {
            return BotResponse.say(messages.text("missed.cancelled"));
        }
        String reference = reports.record(new MissedBinReport(address.uprn(), address.line(), bin, due,
                turn.session().channel(), clock.instant()));
        return BotResponse.say(messages.text("missed.reported", binName, address.line(), reference));
    }

    /** TRUE for yes, FALSE for no, null when the message is neither. */
    private static Boolean answer(String text) {
        String normalised = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z' ]", "").strip();
        if (YES.contains(normalised)) {
            return Boolean.TRUE;
        }
        return NO.contains(normalised) ? Boolean.FALSE : null;
    }
}
