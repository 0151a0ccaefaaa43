package org.councilassistant.core.retention;

import java.time.Clock;
import java.time.Duration;

import org.councilassistant.core.handoff.CallbackRequests;
import org.councilassistant.core.handoff.Transcripts;
import org.councilassistant.core.service.bins.MissedBinReports;

/**
 * Deletes residents' data once the council no longer needs it (UK GDPR storage limitation): stored
 * conversations with their handoffs, callback requests, and missed bin reports, each after its own period.
 */
public final class PersonalDataRetention {

    /** How long each kind of record is kept. */
    public record Periods(Duration conversations, Duration callbackRequests, Duration missedBinReports) {
    }

    /** How many records one purge deleted. */
    public record Purged(int conversations, int callbackRequests, int missedBinReports) {
    }

    private final Transcripts transcripts;
    private final CallbackRequests callbacks;
    private final MissedBinReports missedBins;
    private final Periods periods;
    private final Clock clock;

    public PersonalDataRetention(Transcripts transcripts, CallbackRequests callbacks, MissedBinReports missedBins,
            Periods periods, Clock clock) {
        this.transcripts = transcripts;
        this.callbacks = callbacks;
        this.missedBins = missedBins;
        this.periods = periods;
        this.clock = clock;
    }

    public Purged purge() {
        var now = clock.instant();
        return new Purged(
                transcripts.purgeInactiveSince(now.minus(periods.conversations())),
                callbacks.purgeCreatedBefore(now.minus(periods.callbackRequests())),
                missedBins.purgeReportedBefore(now.minus(periods.missedBinReports())));
    }
}
