package org.councilassistant.webchat.console;

/** Who the agents are: the name residents see ("Amy from the council has joined") and who may take a transfer. */
public interface AgentDirectory {

    String displayName(String username);

    /** True for an enabled account that may use the agent console. */
    boolean isAgent(String username);
}
