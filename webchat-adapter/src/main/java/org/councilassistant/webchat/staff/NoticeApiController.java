package org.councilassistant.webchat.staff;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.councilassistant.knowledgebase.notice.NoticeDraft;
import org.councilassistant.knowledgebase.notice.ServiceNotice;
import org.councilassistant.knowledgebase.notice.ServiceNotices;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Service notices for editors: the assistant states them before answering their intents, for a while. */
@RestController
@RequestMapping("/api/staff/notices")
class NoticeApiController {

    private final ServiceNotices notices;

    NoticeApiController(ServiceNotices notices) {
        this.notices = notices;
    }

    /** Every notice, past, present and future, earliest start first. */
    @GetMapping
    List<ServiceNotice> all() {
        return notices.all();
    }

    @PostMapping
    ResponseEntity<ServiceNotice> create(@RequestBody NoticeDraft draft, Principal staff) {
        ServiceNotice created = notices.create(draft, staff.getName());
        return ResponseEntity.created(URI.create("/api/staff/notices/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    ServiceNotice update(@PathVariable long id, @RequestBody NoticeDraft draft, Principal staff) {
        return notices.update(id, draft, staff.getName());
    }

    /** Ends the notice now; it stays on record. */
    @PostMapping("/{id}/expire")
    ServiceNotice expire(@PathVariable long id, Principal staff) {
        return notices.expire(id, staff.getName());
    }
}
