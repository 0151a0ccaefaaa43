package org.councilassistant.webchat.staff;

import java.security.Principal;
import java.util.List;

import org.councilassistant.knowledgebase.KnowledgeBase;
import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.article.ArticleNotFoundException;
import org.councilassistant.knowledgebase.article.ArticleVersion;
import org.councilassistant.knowledgebase.history.ArticleDiff;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An article's history for editors: every version, what changed between two, and restoring an earlier one. */
@RestController
@RequestMapping("/api/staff/articles/{id}")
class ArticleHistoryApiController {

    private final KnowledgeBase knowledgeBase;

    ArticleHistoryApiController(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    /** Oldest first. */
    @GetMapping("/versions")
    List<ArticleVersion> versions(@PathVariable String id) {
        return knowledgeBase.versions(id);
    }

    @GetMapping("/versions/{version}")
    ArticleVersion version(@PathVariable String id, @PathVariable int version) {
        return knowledgeBase.version(id, version);
    }

    /** Field by field, from {@code from} to {@code to} (default: the version before {@code to}). */
    @GetMapping("/diff")
    ArticleDiff diff(@PathVariable String id, @RequestParam(required = false) Integer from, @RequestParam int to) {
        return knowledgeBase.diff(id, from == null ? Math.max(1, to - 1) : from, to);
    }

    /** Saves the content of {@code version} as the next version; the article keeps its status. */
    @PostMapping("/versions/{version}/restore")
    Article restore(@PathVariable String id, @PathVariable int version,
            @RequestBody ArticleApiController.VersionRequest request, Principal staff) {
        int expected = request == null || request.version() == null
                ? knowledgeBase.article(id).orElseThrow(() -> new ArticleNotFoundException(id)).version()
                : request.version();
        return knowledgeBase.restore(id, version, expected, staff.getName());
    }
}
