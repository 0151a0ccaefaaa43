package org.councilassistant.webchat.console;

/** The name residents see for an agent ("Amy from Brackenfield Council has joined the chat"). */
@FunctionalInterface
public interface AgentNames {

    String displayName(String username);
}
