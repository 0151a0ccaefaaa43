package org.councilassistant.core.service.bins;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.councilassistant.intents.entities.BinType;

/**
 * Sends missed bin reports to the council's own bin API (docs/bin-data.md), which gives the reference and keeps
 * the report; the assistant keeps nothing, so there is nothing here to purge.
 */
final class HttpMissedBinReports implements MissedBinReports {

    private static final String PATH = "/missed-bin-reports";

    record ReportRequest(String uprn, BinType bin, String dueDate, String channel, String reportedAt) {
    }

    record ReportAnswer(String reference) {
    }

    private final CouncilBinApi api;

    HttpMissedBinReports(CouncilBinApi api) {
        this.api = api;
    }

    @Override
    public Optional<String> existingReference(String uprn, BinType binType, LocalDate dueDate) {
        if (!HttpBinCollections.UPRN.matcher(uprn).matches()) {
            return Optional.empty();
        }
        String call = "missed bin report lookup";
        return api.get(call, PATH + "?uprn=" + uprn + "&bin=" + binType.name() + "&dueDate=" + dueDate,
                ReportAnswer.class).map(answer -> reference(call, answer));
    }

    @Override
    public String record(MissedBinReport report) {
        String call = "missed bin report";
        ReportRequest request = new ReportRequest(report.uprn(), report.binType(), report.dueDate().toString(),
                report.channel(), report.reportedAt().toString());
        return reference(call, api.post(call, PATH, request, ReportAnswer.class));
    }

    /** The council's system keeps the reports, under its own retention rules. */
    @Override
    public int purgeReportedBefore(Instant cutoff) {
        return 0;
    }

    private String reference(String call, ReportAnswer answer) {
        if (answer.reference() == null || answer.reference().isBlank()) {
            throw api.unusable(call, "answered without a reference");
        }
        return answer.reference().strip();
    }
}
