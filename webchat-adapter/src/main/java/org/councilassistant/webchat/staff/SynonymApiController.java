package org.councilassistant.webchat.staff;

import java.security.Principal;

import org.councilassistant.knowledgebase.KnowledgeBase;
import org.councilassistant.knowledgebase.synonym.SynonymList;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The council's synonym list (Solr format) for editors; saves name the version they started from. */
@RestController
@RequestMapping("/api/staff/synonyms")
class SynonymApiController {

    private final KnowledgeBase knowledgeBase;

    SynonymApiController(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    record SynonymForm(String text, int version) {
    }

    @GetMapping
    SynonymList current() {
        return knowledgeBase.synonyms();
    }

    /** Used by searches at once; a bad line is reported by its number and nothing is saved. */
    @PutMapping
    SynonymList update(@RequestBody SynonymForm form, Principal staff) {
        return knowledgeBase.updateSynonyms(form.text() == null ? "" : form.text(), form.version(), staff.getName());
    }
}
