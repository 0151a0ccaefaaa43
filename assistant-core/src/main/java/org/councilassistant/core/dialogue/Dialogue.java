package org.councilassistant.core.dialogue;

import java.util.Optional;

import org.councilassistant.core.channel.BotResponse;
import org.councilassistant.core.conversation.Turn;
import org.councilassistant.core.session.TaskState;

/**
 * A multi-turn task for one intent, such as finding a bin day. The engine starts it when the intent is
 * recognised and passes it the following messages while it is under way; the dialogue keeps what it has
 * collected in the session's {@link org.councilassistant.core.session.TaskState}.
 */
public interface Dialogue {

    /** The intent that starts this dialogue. */
    String intent();

    /** Starts the task in the session and handles the message that asked for it. */
    default BotResponse start(Turn turn) {
        turn.session().startTask(new TaskState(intent()));
        return continueWith(turn);
    }

    /** True when the message answers what the dialogue is waiting for (a postcode, a bin, a yes or no). */
    boolean accepts(Turn turn);

    BotResponse continueWith(Turn turn);

    /** An answer to a follow-up on this task after it finished ("and the garden waste?"), if it is one. */
    default Optional<BotResponse> followUp(Turn turn) {
        return Optional.empty();
    }
}
