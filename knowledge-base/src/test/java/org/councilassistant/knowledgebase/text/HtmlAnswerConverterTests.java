package org.councilassistant.knowledgebase.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilassistant.knowledgebase.article.ArticleLink;
import org.councilassistant.knowledgebase.text.HtmlAnswerConverter.ConvertedAnswer;
import org.junit.jupiter.api.Test;

class HtmlAnswerConverterTests {

    private static final String PAGE = "https://www.northmoor.example/council-tax/pay";

    @Test
    void tellsHtmlFromPlainText() {
        assertThat(HtmlAnswerConverter.isHtml("<p>Pay online.</p>")).isTrue();
        assertThat(HtmlAnswerConverter.isHtml("Call us.<br>We answer 9 to 5.")).isTrue();
        assertThat(HtmlAnswerConverter.isHtml("Bands run from A < B < C, and <postcode> is yours.")).isFalse();
        assertThat(HtmlAnswerConverter.isHtml("Line one.\n\n- bullet")).isFalse();
    }

    @Test
    void turnsParagraphsHeadingsAndListsIntoTheArticleFormat() {
        ConvertedAnswer answer = HtmlAnswerConverter.convert("""
                <h2>Ways to pay</h2>
                <p>You can pay your council tax
                   in  several ways.</p>
                <ul><li>By <strong>Direct Debit</strong></li><li>Online</li></ul>
                <ol><li>Find your bill</li><li>Enter your account number</li></ol>
                <p>Line one<br>Line two</p>
                """, null);

        assertThat(answer.text()).isEqualTo("""
                Ways to pay

                You can pay your council tax in several ways.

                - By Direct Debit
                - Online

                1. Find your bill
                2. Enter your account number

                Line one
                Line two""");
    }

    @Test
    void dropsScriptsStylesNavigationAndForms() {
        ConvertedAnswer answer = HtmlAnswerConverter.convert("""
                <style>p { color: red }</style>
                <nav><a href="/home">Home</a> &gt; <a href="/bins">Bins</a></nav>
                <p>Bins are emptied every week.</p>
                <script>trackVisitor('bins');</script>
                <form action="/search"><label for="q">Search</label><input id="q"><button>Go</button></form>
                <noscript>Turn on JavaScript</noscript>
                """, PAGE);

        assertThat(answer.text()).isEqualTo("Bins are emptied every week.");
        assertThat(answer.links()).isEmpty();
    }

    @Test
    void keepsLinksWithTheirTextResolvingRelativeOnesAgainstThePage() {
        ConvertedAnswer answer = HtmlAnswerConverter.convert("""
                <p>Set up a <a href="/council-tax/direct-debit">Direct Debit</a> or
                <a href="https://pay.northmoor.example/ctax?ref=1&amp;x=2">pay online</a>.
                Email <a href="mailto:ctax@northmoor.example">ctax@northmoor.example</a>,
                see <a href="#bands">bands</a>, or <a href="javascript:void(0)">print</a>.</p>
                <p>Again: <a href="https://pay.northmoor.example/ctax?ref=1&amp;x=2">Pay now</a></p>
                """, PAGE);

        assertThat(answer.links()).containsExactly(
                new ArticleLink("Direct Debit", "https://www.northmoor.example/council-tax/direct-debit"),
                new ArticleLink("pay online", "https://pay.northmoor.example/ctax?ref=1&x=2"));
        assertThat(answer.linksLeftOut()).isEqualTo(1);
        assertThat(answer.text()).startsWith("Set up a Direct Debit or pay online. Email ctax@northmoor.example,");
    }

    @Test
    void leavesOutRelativeLinksWhenThePageAddressIsUnknown() {
        ConvertedAnswer answer = HtmlAnswerConverter.convert(
                "<p><a href=\"/bins\">Bins</a> and <a href=\"http://www.northmoor.example/tips\">tips</a></p>", null);

        assertThat(answer.links()).containsExactly(new ArticleLink("tips", "http://www.northmoor.example/tips"));
        assertThat(answer.linksLeftOut()).isEqualTo(1);
    }

    @Test
    void readsAWholePageFromItsMainContent() {
        ConvertedAnswer answer = HtmlAnswerConverter.convert("""
                <!DOCTYPE html><html><head><title>Libraries</title></head><body>
                <header><a href="/">Northmoor Council</a></header>
                <main><h1>Library opening hours</h1><p>All libraries open at 9am.</p></main>
                <footer><a href="/privacy">Privacy</a></footer></body></html>
                """, PAGE);

        assertThat(answer.text()).isEqualTo("Library opening hours\n\nAll libraries open at 9am.");
        assertThat(answer.links()).isEmpty();
    }

    @Test
    void writesTablesAsReadableLines() {
        ConvertedAnswer answer = HtmlAnswerConverter.convert("""
                <table><caption>Council tax bands</caption>
                <thead><tr><th>Band</th><th>Property value</th><th>Yearly charge</th></tr></thead>
                <tbody><tr><td>A</td><td>Up to £40,000</td><td>£1,320.18</td></tr>
                <tr><td>B</td><td>£40,001 to £52,000</td><td>£1,540.21</td></tr></tbody></table>
                <table><tr><td>Monday</td><td>9am to 5pm</td></tr><tr><td>Sunday</td><td>Closed</td></tr></table>
                """, null);

        assertThat(answer.text()).isEqualTo("""
                Council tax bands
                - Band: A; Property value: Up to £40,000; Yearly charge: £1,320.18
                - Band: B; Property value: £40,001 to £52,000; Yearly charge: £1,540.21

                - Monday: 9am to 5pm
                - Sunday: Closed""");
    }

    @Test
    void convertsALongCouncilPage() {
        StringBuilder html = new StringBuilder("<main><h1>Planning applications</h1>");
        for (int i = 1; html.length() < 20_000; i++) {
            html.append("<h2>Step ").append(i).append("</h2><p>Read the guidance for step ").append(i)
                    .append(" before you apply. It explains what drawings and documents we need from you.</p>")
                    .append("<ul><li>Site plan</li><li>Block plan</li></ul>");
        }
        html.append("</main>");

        ConvertedAnswer answer = HtmlAnswerConverter.convert(html.toString(), PAGE);

        assertThat(answer.text().length()).isGreaterThan(15_000);
        assertThat(answer.text()).doesNotContain("<", ">").contains("\n\nStep 40\n\nRead the guidance for step 40");
    }
}
