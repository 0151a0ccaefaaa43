package org.councilassistant.core.staff;

/** What a member of staff may do: answer handed-off chats, edit the knowledge base, or manage everything. */
public enum StaffRole {

    /** Takes over conversations that residents asked to hand to a person. */
    AGENT,

    /** Writes and publishes knowledge-base articles. */
    EDITOR,

    /** Manages staff accounts; an admin may also do whatever an agent or an editor may. */
    ADMIN
}
