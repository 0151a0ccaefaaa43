package org.councilassistant.core.service.bins;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.councilassistant.intents.entities.BinType;

/**
 * Where missed bin reports go: the council's waste system, or the assistant's own database by default. An adapter
 * whose system does not answer throws {@link BinServiceUnavailableException}.
 */
public interface MissedBinReports {

    /** The reference of an earlier report of the same bin for the same collection, if there is one. */
    Optional<String> existingReference(String uprn, BinType binType, LocalDate dueDate);

    /** Records the report and returns its reference for the resident. */
    String record(MissedBinReport report);

    /** Deletes reports made before {@code cutoff} (they hold an address); returns how many. */
    int purgeReportedBefore(Instant cutoff);
}
