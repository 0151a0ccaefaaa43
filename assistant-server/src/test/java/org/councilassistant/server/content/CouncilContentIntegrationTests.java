package org.councilassistant.server.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilassistant.server.RunningAssistant.json;
import static org.councilassistant.server.RunningAssistant.post;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.councilassistant.core.staff.StaffAccounts;
import org.councilassistant.core.staff.StaffRole;
import org.councilassistant.server.RunningAssistant;
import org.councilassistant.server.RunningAssistant.JsonResponse;
import org.councilassistant.server.security.StaffBrowser;
import org.councilassistant.server.security.StaffBrowser.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * A council's first day, as it would go: the assistant starts with the sample council's content, the council's
 * settings name it (Wyvern Vale), an editor imports its 34 web pages as they are (long HTML, no ids, no spoken
 * answers, overlapping topics) in place of the sample content, and residents ask 40 questions in their own words,
 * typos and keywords included, over HTTP. The questions were written for the pages by someone who did not see the
 * assistant's search; none of them names a page's title.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "assistant.admin.password=a configured admin password",
        "assistant.council.name=Wyvern Vale Borough Council",
        "assistant.council.short-name=Wyvern Vale Council",
        "assistant.council.website=https://www.wyvernvale.gov.uk",
        "assistant.council.privacy-notice-url=https://www.wyvernvale.gov.uk/privacy/assistant",
        "assistant.council.example-postcode=WV3 4PL",
        "assistant.council.contact-centre.phone=01632 960 400",
        "assistant.council.contact-centre.emergency-phone=01632 960 998"})
@Import(RunningAssistant.FixedClock.class)
class CouncilContentIntegrationTests {

    private static final String CONTENT = "/import/wyvern-vale/";
    private static final String PASSWORD = "an editor's password";
    /**
     * What only the sample council's content or wording would contain (its phone numbers are in the fictional range
     * this council's own pages use too; the identity tests check them).
     */
    private static final Pattern SAMPLE_COUNCIL = Pattern.compile("(?i)brackenfield|\\bBK\\d{1,2}\\b");
    /** The bar: 27 right of 30, here of every question. */
    private static final double RIGHT_SHARE = 0.9;

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        RunningAssistant.freshDataDirectory(registry);
    }

    @Test
    void aCouncilsOwnPagesImportedInPlaceOfTheSampleAnswerItsResidentsQuestions() throws IOException {
        StaffBrowser editor = editor();
        Page imported = editor.send("POST", "/api/staff/import?mode=replace", resource("articles.json"),
                "application/json");

        assertThat(imported.status()).isEqualTo(200);
        JsonNode report = imported.json();
        assertThat(report.get("applied").asBoolean()).isTrue();
        // A page titled as a sample article is ("Pay your council tax") updates it rather than making a second.
        assertThat(report.get("created").asInt() + report.get("updated").asInt()).isEqualTo(34);
        assertThat(report.get("archived").asInt()).isGreaterThanOrEqualTo(96);
        Map<String, String> idsByTitle = new HashMap<>();
        report.get("articles").forEach(article -> {
            if (!article.get("outcome").asString().equals("ARCHIVED")) {
                idsByTitle.put(article.get("title").asString(), article.get("id").asString());
            }
        });

        List<String> wrong = new ArrayList<>();
        List<String> replies = new ArrayList<>();
        int errors = 0;
        List<CSVRecord> questions = questions();
        for (CSVRecord question : questions) {
            String session = post(port, "/api/chat/sessions", "{}").body().get("sessionId").asString();
            JsonResponse answer = post(port, "/api/chat/sessions/" + session + "/messages", json(question.get(0)));
            if (answer.status() != 200) {
                errors++;
                continue;
            }
            answer.body().get("replies").forEach(reply -> replies.add(reply.get("text").asString()));
            String expected = idsByTitle.get(question.get(1));
            assertThat(expected).as("the article titled %s", question.get(1)).isNotNull();
            JsonNode articleId = answer.body().get("articleId");
            String answered = articleId == null || articleId.isNull() ? null : articleId.asString();
            if (!expected.equals(answered)) {
                wrong.add(question.get(0) + " -> " + answered + " (expected " + expected + ")");
            }
        }

        assertThat(errors).isZero();
        assertThat(questions).hasSize(40);
        assertThat(questions.size() - wrong.size()).as("right answers; wrong: %s", wrong)
                .isGreaterThanOrEqualTo((int) Math.ceil(RIGHT_SHARE * questions.size()));
        assertThat(replies).noneMatch(reply -> SAMPLE_COUNCIL.matcher(reply).find());
        for (String page : List.of("/", "/accessibility", "/api/chat/council")) {
            assertThat(new StaffBrowser(port).get(page).body()).contains("Wyvern Vale")
                    .doesNotContainPattern(SAMPLE_COUNCIL);
        }
    }

    private StaffBrowser editor() {
        if (accounts.findByUsername("editor.wyn").isEmpty()) {
            accounts.create("editor.wyn", "Wyn Editor", passwordEncoder.encode(PASSWORD), Set.of(StaffRole.EDITOR));
        }
        return new StaffBrowser(port).signIn("editor.wyn", PASSWORD);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CouncilContentIntegrationTests.class.getResourceAsStream(CONTENT + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<CSVRecord> questions() throws IOException {
        try (Reader reader = new InputStreamReader(
                CouncilContentIntegrationTests.class.getResourceAsStream(CONTENT + "questions.csv"),
                StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
