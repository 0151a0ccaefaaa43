package org.councilassistant.core.handoff;

/** Why a conversation went to a person. */
public enum HandoffReason {
    /** The resident asked for a person. */
    ASKED,
    /** The assistant could not help twice in a row. */
    NOT_UNDERSTOOD,
    /** The resident is clearly frustrated ("this is useless"). */
    FRUSTRATED,
    /** A topic that must never be left to a bot (someone at risk, homeless tonight); goes to the front. */
    SENSITIVE
}
