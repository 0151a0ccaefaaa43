package org.councilassistant.intents.catalogue;

/** How the assistant acts on an intent. */
public enum IntentKind {
    /** A multi-turn task the assistant carries out, such as finding a bin day. */
    TASK,
    /** A question answered from the knowledge base. */
    INFORMATIONAL,
    /** Small talk: greetings, thanks, goodbyes and help. */
    SOCIAL,
    /** The resident wants a person. */
    HANDOFF
}
