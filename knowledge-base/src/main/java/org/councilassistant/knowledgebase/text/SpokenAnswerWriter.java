package org.councilassistant.knowledgebase.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.councilassistant.knowledgebase.validation.Texts;

/**
 * Makes a spoken answer from an article's answer: its first sentences as plain text fit to be read aloud, ending
 * at a sentence boundary within {@link Texts#SPOKEN_ANSWER_LENGTH} characters.
 *
 * <p>Headings are skipped, list items read as sentences of their own, and a sentence that gives a web or email
 * address is left out whole: read aloud, an address is noise, and a sentence with a hole in it is worse. Symbols
 * are spoken as words ("and", "per cent") or dropped.
 */
public final class SpokenAnswerWriter {

    /** Sentences are added until the spoken answer is about this long: as long as a listener takes in at once. */
    static final int TARGET_LENGTH = 300;

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d£\"'‘“(])");
    private static final Pattern ITEM_MARKER = Pattern.compile("^(?:[-*•]|\\d+[.)])\\s+");
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)\\S+|\\S+@\\S+\\.\\w+|\\b[\\w-]+\\.(?:gov|org|co|com|net)(?:\\.uk)?\\b");
    private static final Pattern SYMBOLS = Pattern.compile("[*#_|<>\\[\\]{}~^`•·→←»«=\\\\]");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?][\"'’”)]?$");

    private SpokenAnswerWriter() {
    }

    /** The spoken answer for {@code answer} (the article format); empty if no sentence in it can be read aloud. */
    public static String from(String answer) {
        return from(answer, Texts.SPOKEN_ANSWER_LENGTH);
    }

    static String from(String answer, int limit) {
        List<String> sentences = sentences(answer == null ? "" : answer.replace("\r", ""));
        StringBuilder spoken = new StringBuilder();
        for (String sentence : sentences) {
            int length = spoken.length() + (spoken.isEmpty() ? 0 : 1) + sentence.length();
            if (length > limit) {
                if (spoken.isEmpty()) {
                    spoken.append(shortened(sentence, limit));
                }
                break;
            }
            spoken.append(spoken.isEmpty() ? "" : " ").append(sentence);
            if (spoken.length() >= TARGET_LENGTH) {
                break;
            }
        }
        return spoken.toString();
    }

    private static List<String> sentences(String answer) {
        List<String> sentences = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        for (String paragraph : PARAGRAPH_BREAK.split(answer)) {
            List<String> lines = paragraph.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            if (lines.size() == 1 && !ENDS_SENTENCE.matcher(lines.get(0)).matches()
                    && !ITEM_MARKER.matcher(lines.get(0)).find() && !lines.get(0).endsWith(":")) {
                headings.add(spoken(lines.get(0)));
                continue;
            }
            for (String line : lines) {
                for (String sentence : SENTENCE_END.split(ITEM_MARKER.matcher(line).replaceFirst(""))) {
                    if (!ADDRESS.matcher(sentence).find()) {
                        String spoken = spoken(sentence);
                        if (spoken.chars().anyMatch(Character::isLetterOrDigit)) {
                            sentences.add(spoken);
                        }
                    }
                }
            }
        }
        if (sentences.isEmpty()) {
            headings.stream().filter(h -> !ADDRESS.matcher(h).find() && !h.isBlank()).findFirst()
                    .ifPresent(sentences::add);
        }
        return sentences;
    }

    /** The sentence as words to say, ending with a full stop if it had no end of its own. */
    private static String spoken(String sentence) {
        String text = sentence.replace("&", " and ").replace("%", " per cent")
                .replaceAll("(?i)\\be\\.g\\.", "for example").replaceAll("(?i)\\bi\\.e\\.", "that is");
        text = SYMBOLS.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").replaceAll(" ([,.;:!?])", "$1").strip();
        if (!text.isEmpty() && Character.isLowerCase(text.charAt(0))) {
            // A list item ("- where it is") said as a sentence of its own.
            text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
        if (text.isEmpty() || ENDS_SENTENCE.matcher(text).matches()) {
            return text;
        }
        return text.replaceAll("[,;:\\-–—]+$", "").strip() + ".";
    }

    /** A sentence too long to say at once, cut at its last clause (or word) that fits. */
    private static String shortened(String sentence, int limit) {
        String head = sentence.substring(0, limit - 1);
        int cut = Math.max(head.lastIndexOf(", "), head.lastIndexOf("; "));
        if (cut < limit / 2) {
            cut = head.lastIndexOf(' ');
        }
        return (cut > 0 ? head.substring(0, cut) : head).replaceAll("[,;:\\-–—\\s]+$", "") + ".";
    }
}
