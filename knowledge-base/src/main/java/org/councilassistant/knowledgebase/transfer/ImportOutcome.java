package org.councilassistant.knowledgebase.transfer;

/** What an import does, or would do, to one article. */
public enum ImportOutcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    /** A published article the file left out, in replace mode. */
    ARCHIVED
}
