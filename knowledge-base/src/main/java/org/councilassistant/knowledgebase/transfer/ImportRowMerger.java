package org.councilassistant.knowledgebase.transfer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.councilassistant.knowledgebase.article.Article;
import org.councilassistant.knowledgebase.article.ArticleContent;
import org.councilassistant.knowledgebase.article.ArticleLink;
import org.councilassistant.knowledgebase.article.ArticleStatus;
import org.councilassistant.knowledgebase.text.HtmlAnswerConverter;
import org.councilassistant.knowledgebase.text.SpokenAnswerWriter;
import org.councilassistant.knowledgebase.validation.Texts;
import org.councilassistant.knowledgebase.validation.ValidationProblem;

/**
 * The content a row gives its article. An HTML answer becomes the article format and its links the article's;
 * the page's {@code url} becomes a link labelled with the title. A field the row leaves out keeps the stored
 * article's value (so an import never drops an article's intents unasked) or, for a new article, gets a default:
 * service area {@value #DEFAULT_SERVICE_AREA}, status PUBLISHED, a spoken answer made from the answer.
 */
final class ImportRowMerger {

    static final String DEFAULT_SERVICE_AREA = "General";
    /** Links found in an HTML answer are added up to this many: a chat answer with more is hard to use. */
    static final int MAX_LINKS = 10;

    private ImportRowMerger() {
    }

    /** @param current the stored article the row updates, or null for a new one */
    static ArticleContent content(ImportRow row, Article current, ImportProblems problems, ImportProblems notices) {
        String answer = row.answer();
        List<ArticleLink> found = new ArrayList<>();
        String pageUrl = pageUrl(row, problems);
        if (answer != null && HtmlAnswerConverter.isHtml(answer)) {
            HtmlAnswerConverter.ConvertedAnswer converted = HtmlAnswerConverter.convert(answer, pageUrl);
            answer = withoutTitle(converted.text(), row.title());
            found.addAll(converted.links());
            if (answer.isBlank()) {
                problems.add(ArticleFields.ANSWER, "enter an answer with some text in it: this one is only markup");
            }
            if (converted.linksLeftOut() > 0) {
                notices.add(ArticleFields.LINKS, converted.linksLeftOut() + " of the answer's links are left out: "
                        + "only full web addresses (https://...) can be links" + (pageUrl == null
                        ? "; give the row its page's url so that addresses like /bins are found" : ""));
            }
        }
        ArticleLink page = pageUrl == null || row.title() == null ? null : new ArticleLink(label(row.title()), pageUrl);
        String spokenAnswer = row.spokenAnswer();
        if (spokenAnswer == null && current != null) {
            spokenAnswer = current.spokenAnswer();
            if (answer != null && !answer.equals(current.answer())) {
                notices.add(ArticleFields.SPOKEN_ANSWER, "the answer changes but the spoken answer stays as it was: "
                        + "check it still fits, or give a spoken answer");
            }
        } else if (spokenAnswer == null && answer != null) {
            spokenAnswer = SpokenAnswerWriter.from(answer);
            if (spokenAnswer.isEmpty() && row.title() != null) {
                spokenAnswer = row.title().strip();
            }
        }
        ArticleStatus status = row.status() != null ? row.status()
                : current != null ? current.status() : ArticleStatus.PUBLISHED;
        if (row.status() == null && current != null && !current.isPublished()) {
            notices.add(ArticleFields.STATUS, current.id() + " stays "
                    + current.status().name().toLowerCase(Locale.ROOT) + ": give the status PUBLISHED to publish it");
        }
        List<String> intents = orCurrent(row.intents(), current == null ? null : current.intents());
        if (current != null && row.intents() != null && !intents.containsAll(current.intents())) {
            notices.add(ArticleFields.INTENTS, "this takes the intents " + String.join(", ", current.intents().stream()
                    .filter(i -> !intents.contains(i)).toList()) + " from " + current.id()
                    + ": leave the intents out to keep them");
        }
        List<ArticleLink> links = links(orCurrent(row.links(), current == null ? null : current.links()), page, found,
                notices);
        String serviceArea = Objects.requireNonNullElse(row.serviceArea(),
                current == null ? DEFAULT_SERVICE_AREA : current.serviceArea());
        return new ArticleContent(row.title(), spokenAnswer, answer, serviceArea, status, links,
                orCurrent(row.alternateQuestions(), current == null ? null : current.alternateQuestions()),
                orCurrent(row.keywords(), current == null ? null : current.keywords()), intents);
    }

    /** The row's page address, if it is a full web address; a problem otherwise. */
    private static String pageUrl(ImportRow row, ImportProblems problems) {
        if (row.url() == null) {
            return null;
        }
        List<ValidationProblem> found = new ArrayList<>();
        Texts.url(ArticleFields.URL, row.url(), found);
        if (!found.isEmpty()) {
            problems.add(ArticleFields.URL, "change the url to the full address of the council's page for it, "
                    + "starting https://, or leave it out");
            return null;
        }
        return row.url();
    }

    /** The answer without a first heading that only repeats the title, as a page's h1 does. */
    private static String withoutTitle(String answer, String title) {
        int end = answer.indexOf("\n\n");
        if (title != null && end > 0 && answer.substring(0, end).strip().equalsIgnoreCase(title.strip())) {
            return answer.substring(end + 2);
        }
        return answer;
    }

    /** The links kept or given, then the page's own, then those found in it, each new address once. */
    private static List<ArticleLink> links(List<ArticleLink> given, ArticleLink page, List<ArticleLink> found,
            ImportProblems notices) {
        List<ArticleLink> links = new ArrayList<>(given);
        Set<String> urls = new HashSet<>();
        given.forEach(link -> urls.add(link.url()));
        if (page != null && urls.add(page.url())) {
            links.add(page);
        }
        int added = 0;
        int skipped = 0;
        for (ArticleLink link : found) {
            if (!urls.add(link.url())) {
                continue;
            }
            if (links.size() < MAX_LINKS) {
                links.add(link);
                added++;
            } else {
                skipped++;
            }
        }
        if (skipped > 0) {
            notices.add(ArticleFields.LINKS, "the article keeps " + added + " of the page's links, up to "
                    + MAX_LINKS + " links in all; " + skipped + " more are left out");
        }
        return links;
    }

    private static String label(String title) {
        String label = title.strip();
        return label.length() <= Texts.LINK_LABEL_LENGTH ? label : label.substring(0, Texts.LINK_LABEL_LENGTH);
    }

    private static <T> List<T> orCurrent(List<T> given, List<T> current) {
        return given != null ? given : current != null ? current : List.of();
    }
}
