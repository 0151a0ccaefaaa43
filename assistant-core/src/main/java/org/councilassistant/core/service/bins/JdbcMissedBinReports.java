package org.councilassistant.core.service.bins;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import javax.sql.DataSource;

import org.councilassistant.intents.entities.BinType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Keeps missed bin reports in the assistant's database; references look like {@code MB-100042}. */
public final class JdbcMissedBinReports implements MissedBinReports {

    private static final long REFERENCE_BASE = 100_000;

    private final JdbcClient jdbc;

    public JdbcMissedBinReports(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public Optional<String> existingReference(String uprn, BinType binType, LocalDate dueDate) {
        return jdbc.sql("SELECT reference FROM missed_bin_report WHERE uprn = ? AND bin_type = ? AND due_date = ?")
                .params(uprn, binType.name(), dueDate)
                .query(String.class)
                .optional();
    }

    @Override
    public String record(MissedBinReport report) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO missed_bin_report (uprn, address, bin_type, due_date, channel, reported_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(report.uprn(), report.address(), report.binType().name(), report.dueDate(), report.channel(),
                        Timestamp.from(report.reportedAt()))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        String reference = "MB-" + (REFERENCE_BASE + id);
        jdbc.sql("UPDATE missed_bin_report SET reference = ? WHERE id = ?").params(reference, id).update();
        return reference;
    }

    @Override
    public int purgeReportedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM missed_bin_report WHERE reported_at < ?").param(Timestamp.from(cutoff)).update();
    }
}
