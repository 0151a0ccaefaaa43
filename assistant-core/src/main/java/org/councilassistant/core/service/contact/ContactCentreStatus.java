package org.councilassistant.core.service.contact;

import java.time.LocalDateTime;
import java.time.LocalTime;

/** Whether the contact centre is answering now, and until or from when. */
public sealed interface ContactCentreStatus {

    record Open(LocalTime closes) implements ContactCentreStatus {
    }

    record Closed(LocalDateTime opens) implements ContactCentreStatus {
    }

    /** No opening hours in the next fortnight (a misconfiguration, or a long closure). */
    record Unstaffed() implements ContactCentreStatus {
    }
}
