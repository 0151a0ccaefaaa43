package org.councilassistant.webchat.staff;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The knowledge-base console's pages ({@code /staff/}, EDITOR role). Each page is a template whose script
 * works through the {@code /api/staff} APIs; the server only names the page and, for an article or a staff
 * intent, which one.
 */
@Controller
class StaffConsolePages {

    @GetMapping({"/staff", "/staff/"})
    String articles(Model model) {
        return page(model, "articles");
    }

    @GetMapping("/staff/articles/new")
    String newArticle(Model model) {
        model.addAttribute("articleId", "");
        return page(model, "article");
    }

    @GetMapping("/staff/articles/{id}")
    String article(@PathVariable String id, Model model) {
        model.addAttribute("articleId", id);
        return page(model, "article");
    }

    @GetMapping("/staff/articles/{id}/history")
    String history(@PathVariable String id, Model model) {
        model.addAttribute("articleId", id);
        return page(model, "history");
    }

    @GetMapping("/staff/intents/new")
    String newIntent(Model model) {
        model.addAttribute("intentName", "");
        return page(model, "intent");
    }

    @GetMapping("/staff/intents/{name}")
    String intent(@PathVariable String name, Model model) {
        model.addAttribute("intentName", name);
        return page(model, "intent");
    }

    @GetMapping("/staff/{page:notices|synonyms|transfer|inbox|retraining|try|intents}")
    String section(@PathVariable String page, Model model) {
        return page(model, page);
    }

    private static String page(Model model, String name) {
        model.addAttribute("section", name);
        return "staff/" + name;
    }
}
