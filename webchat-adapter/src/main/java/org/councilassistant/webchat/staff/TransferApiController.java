package org.councilassistant.webchat.staff;

import java.nio.charset.StandardCharsets;
import java.security.Principal;

import org.councilassistant.knowledgebase.transfer.ImportReport;
import org.councilassistant.knowledgebase.transfer.KnowledgeBaseTransfer;
import org.councilassistant.knowledgebase.validation.ValidationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every article out as a JSON or CSV download, and back in: an import is all or nothing, and a rejected one
 * is a 400 problem naming each bad row and field.
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
    ImportReport importJson(@RequestBody String json, Principal staff) {
        return applied(transfer.importJson(json, staff.getName()));
    }

    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ImportReport importCsv(@RequestBody String csv, Principal staff) {
        return applied(transfer.importCsv(csv, staff.getName()));
    }

    private static ImportReport applied(ImportReport report) {
        if (!report.applied()) {
            throw new ValidationException(report.problems());
        }
        return report;
    }
}
