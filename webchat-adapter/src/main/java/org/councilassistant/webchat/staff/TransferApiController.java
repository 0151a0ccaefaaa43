package org.councilassistant.webchat.staff;

import java.nio.charset.StandardCharsets;
import java.security.Principal;

import org.councilassistant.knowledgebase.transfer.ImportMode;
import org.councilassistant.knowledgebase.transfer.ImportOptions;
import org.councilassistant.knowledgebase.transfer.ImportReport;
import org.councilassistant.knowledgebase.transfer.KnowledgeBaseTransfer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every article out as a JSON or CSV download, and a council's own content in ({@code POST /api/staff/import},
 * a JSON array or CSV; see {@link KnowledgeBaseTransfer}). {@code mode=merge} (the default) leaves the articles a
 * file leaves out alone, {@code mode=replace} archives the published ones; {@code dryRun=true} reports what the
 * import would change and writes nothing. An import is all or nothing: a refused one is a 400 problem whose
 * {@code problems} say, row by row, what to do; a dry run reports its problems with a 200.
 */
@RestController
@RequestMapping("/api/staff")
class TransferApiController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final KnowledgeBaseTransfer transfer;

    TransferApiController(KnowledgeBaseTransfer transfer) {
        this.transfer = transfer;
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "json") String format) {
        boolean csv = "csv".equalsIgnoreCase(format);
        if (!csv && !"json".equalsIgnoreCase(format)) {
            throw new IllegalArgumentException("Choose format json or csv");
        }
        String body = csv ? transfer.exportCsv() : transfer.exportJson();
        return ResponseEntity.ok()
                .contentType(csv ? CSV : MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(csv ? "knowledge-base.csv" : "knowledge-base.json").build().toString())
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> importJson(@RequestBody String json, @RequestParam(defaultValue = "merge") String mode,
            @RequestParam(defaultValue = "false") boolean dryRun, Principal staff) {
        return answer(transfer.importJson(json, options(mode, dryRun), staff.getName()));
    }

    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<?> importCsv(@RequestBody String csv, @RequestParam(defaultValue = "merge") String mode,
            @RequestParam(defaultValue = "false") boolean dryRun, Principal staff) {
        return answer(transfer.importCsv(csv, options(mode, dryRun), staff.getName()));
    }

    private static ImportOptions options(String mode, boolean dryRun) {
        ImportOptions options = ImportOptions.of(ImportMode.named(mode));
        return dryRun ? options.preview() : options;
    }

    /** The report; for an import refused, a 400 problem with the same problems and notices. */
    private static ResponseEntity<?> answer(ImportReport report) {
        if (report.problems().isEmpty() || report.dryRun()) {
            return ResponseEntity.ok(report);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                report.problems().size() == 1 ? report.problems().get(0).message()
                        : report.problems().size() + " problems: nothing was imported.");
        problem.setTitle("The file was not imported");
        problem.setProperty("problems", report.problems());
        problem.setProperty("notices", report.notices());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
