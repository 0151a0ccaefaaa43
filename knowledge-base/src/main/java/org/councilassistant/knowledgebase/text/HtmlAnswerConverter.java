package org.councilassistant.knowledgebase.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.councilassistant.knowledgebase.article.ArticleLink;
import org.councilassistant.knowledgebase.validation.Texts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns a council web page's HTML into an article's answer: paragraphs separated by blank lines, list items as
 * lines starting "- " (numbered ones "1. "), headings as paragraphs of their own and table rows as readable lines.
 * Scripts, styles, navigation and forms are dropped; a whole page is read from its {@code main} element. Links
 * become the article's links, labelled with their text: absolute http(s) addresses only, relative ones resolved
 * against the page's own address when it is known.
 */
public final class HtmlAnswerConverter {

    /** A tag any HTML answer has and plain text practically never does. */
    private static final Pattern TAG = Pattern.compile("</?(?:a|abbr|address|article|aside|b|blockquote|body|br|"
            + "caption|code|dd|details|div|dl|dt|em|figcaption|figure|footer|h[1-6]|head|header|hr|html|i|img|li|"
            + "main|nav|ol|p|pre|script|section|small|span|strong|style|sub|summary|sup|table|tbody|td|tfoot|th|"
            + "thead|tr|u|ul)(?:\\s[^<>]*)?/?>", Pattern.CASE_INSENSITIVE);
    private static final String DROPPED = "script, style, noscript, template, nav, form, button, input, select, "
            + "textarea, iframe, object, embed, svg, canvas, dialog, [hidden], [aria-hidden=true]";
    /** Page furniture, dropped when the HTML is a whole page without a {@code main} element. */
    private static final String PAGE_FURNITURE = "header, footer, [role=banner], [role=contentinfo]";
    private static final String BLOCKS = "p div section article main header footer aside blockquote address figure "
            + "figcaption details summary pre dl dt dd fieldset legend caption h1 h2 h3 h4 h5 h6 hr body html";

    private HtmlAnswerConverter() {
    }

    /** Whether {@code answer} is HTML rather than plain text. */
    public static boolean isHtml(String answer) {
        return answer != null && TAG.matcher(answer).find();
    }

    /**
     * The answer in the article format, and its links.
     *
     * @param pageUrl the page's own address, to resolve relative links against; null if unknown
     */
    public static ConvertedAnswer convert(String html, String pageUrl) {
        Document document = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        Element root = document.selectFirst("main, [role=main]");
        if (root == null) {
            root = document.body();
            root.select(PAGE_FURNITURE).remove();
        }
        root.select(DROPPED).remove();
        AnswerWriter writer = new AnswerWriter();
        render(root, writer);
        Map<String, ArticleLink> links = new LinkedHashMap<>();
        int leftOut = 0;
        for (Element anchor : root.select("a[href]")) {
            String href = anchor.attr("href").strip();
            if (href.isEmpty() || href.startsWith("#") || href.startsWith("mailto:") || href.startsWith("tel:")) {
                continue;
            }
            String url = anchor.absUrl("href");
            String label = label(anchor);
            if (!isWebAddress(url) || label.isEmpty()) {
                leftOut++;
            } else if (!url.equals(pageUrl)) {
                links.putIfAbsent(url, new ArticleLink(label, url));
            }
        }
        return new ConvertedAnswer(writer.text(), List.copyOf(links.values()), leftOut);
    }

    private static void render(Element element, AnswerWriter writer) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                writer.text(text.getWholeText());
            } else if (child instanceof Element e) {
                renderElement(e, writer);
            }
        }
    }

    private static void renderElement(Element element, AnswerWriter writer) {
        String tag = element.normalName();
        switch (tag) {
            case "br" -> writer.endLine();
            case "img" -> {
                // Pictures have no place in a chat answer; their alt text is usually a caption or "logo".
            }
            case "ul", "ol", "menu" -> {
                writer.startList();
                int number = 1;
                for (Element item : element.children()) {
                    writer.item("ol".equals(tag) ? number++ + ". " : "- ");
                    render(item, writer);
                    writer.endLine();
                }
                writer.endList();
            }
            case "table" -> {
                writer.endBlock();
                TableLines.of(element).forEach(line -> {
                    writer.text(line);
                    writer.endLine();
                });
                writer.endBlock();
            }
            default -> {
                boolean block = (" " + BLOCKS + " ").contains(" " + tag + " ");
                if (block) {
                    writer.blockBoundary();
                }
                render(element, writer);
                if (block) {
                    writer.blockBoundary();
                }
            }
        }
    }

    private static String label(Element anchor) {
        String label = anchor.text().strip();
        if (label.isEmpty()) {
            label = anchor.attr("aria-label").strip();
        }
        if (label.isEmpty()) {
            label = anchor.attr("title").strip();
        }
        if (label.length() > Texts.LINK_LABEL_LENGTH) {
            label = label.substring(0, Texts.LINK_LABEL_LENGTH - 1).replaceAll("\\s+\\S*$", "") + "…";
        }
        return label;
    }

    private static boolean isWebAddress(String url) {
        return (url.startsWith("https://") || url.startsWith("http://")) && url.length() <= Texts.URL_LENGTH
                && url.indexOf(' ') < 0;
    }

    /**
     * An answer read from HTML.
     *
     * @param text the answer in the article format
     * @param links the page's links, each address once, in page order
     * @param linksLeftOut links that were not full web addresses (relative with no page address to resolve them
     *     against, another scheme, too long) or had no text to label them
     */
    public record ConvertedAnswer(String text, List<ArticleLink> links, int linksLeftOut) {

        public ConvertedAnswer {
            links = List.copyOf(links);
        }
    }
}
