package org.councilassistant.core.conversation;

import org.councilassistant.core.channel.BotResponse;

/** Something that learns from every answered turn, such as the inbox of questions answered badly. */
@FunctionalInterface
public interface TurnObserver {

    void answered(Turn turn, BotResponse response);
}
