package org.councilassistant.knowledgebase.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Pattern;

/** Checks shared by everything staff submit, with the column lengths of the schema in one place. */
public final class Texts {

    public static final int ID_LENGTH = 80;
    public static final int TITLE_LENGTH = 200;
    public static final int SPOKEN_ANSWER_LENGTH = 600;
    public static final int SERVICE_AREA_LENGTH = 80;
    public static final int QUESTION_LENGTH = 500;
    public static final int KEYWORD_LENGTH = 120;
    public static final int INTENT_LENGTH = 80;
    public static final int LINK_LABEL_LENGTH = 200;
    public static final int URL_LENGTH = 500;
    public static final int AUTHOR_LENGTH = 120;
    public static final int NOTICE_LENGTH = 1000;
    public static final int CHANNEL_LENGTH = 40;

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern INTENT = Pattern.compile("[a-z0-9]+(?:_[a-z0-9]+)*");

    private Texts() {
    }

    /** A required text of at most {@code length} characters; {@code singleLine} forbids line breaks. */
    public static void required(String field, String value, int length, boolean singleLine,
            List<ValidationProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(ValidationProblem.of(field, "is required"));
        } else {
            limited(field, value, length, singleLine, problems);
        }
    }

    public static void limited(String field, String value, int length, boolean singleLine,
            List<ValidationProblem> problems) {
        int characters = value.codePointCount(0, value.length());
        if (characters > length) {
            problems.add(ValidationProblem.of(field, "is " + characters + " characters long; at most " + length
                    + " are allowed"));
        }
        if (singleLine && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
            problems.add(ValidationProblem.of(field, "must be on one line"));
        }
    }

    /** An article id: lowercase letters and digits in words joined by single hyphens, e.g. {@code pay-council-tax}. */
    public static void articleId(String field, String id, List<ValidationProblem> problems) {
        if (id == null || id.isBlank()) {
            problems.add(ValidationProblem.of(field, "is required"));
        } else if (id.length() > ID_LENGTH || !ID.matcher(id).matches()) {
            problems.add(ValidationProblem.of(field, "must be lowercase letters and digits joined by hyphens, "
                    + "at most " + ID_LENGTH + " characters (e.g. pay-council-tax), not \"" + id + "\""));
        }
    }

    /** An intent name as the intent catalogue spells it: lowercase words joined by underscores. */
    public static void intent(String field, String intent, List<ValidationProblem> problems) {
        if (intent == null || intent.isBlank()) {
            problems.add(ValidationProblem.of(field, "is required"));
        } else if (intent.length() > INTENT_LENGTH || !INTENT.matcher(intent).matches()) {
            problems.add(ValidationProblem.of(field, "must be an intent name such as council_tax_pay, not \""
                    + intent + "\""));
        }
    }

    /** An absolute http or https address with a host. */
    public static void url(String field, String url, List<ValidationProblem> problems) {
        if (url == null || url.isBlank()) {
            problems.add(ValidationProblem.of(field, "is required"));
            return;
        }
        limited(field, url, URL_LENGTH, true, problems);
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                problems.add(ValidationProblem.of(field, "must be a full http:// or https:// address, not \""
                        + url + "\""));
            }
        } catch (URISyntaxException e) {
            problems.add(ValidationProblem.of(field, "is not a valid address: " + e.getReason()));
        }
    }
}
