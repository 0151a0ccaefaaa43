package org.councilassistant.benchmarks.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.councilassistant.benchmarks.dataset.DatasetException;
import org.councilassistant.intents.language.Language;

/**
 * Reads messages labelled with their language from a TSV file: {@code language<TAB>text} per line, the language
 * {@code cy} or {@code en}. An optional header row {@code language<TAB>text}, blank lines and {@code #} comments
 * are skipped; anything else that is not one language and one text is an error naming the line.
 */
public final class ShortMessageReader {

    private ShortMessageReader() {
    }

    public static List<LabelledMessage> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DatasetException("no such file: " + file);
        }
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            return parse(file.toString(), content.startsWith("\uFEFF") ? content.substring(1) : content);
        } catch (IOException e) {
            throw new DatasetException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** @param source the file name, for error messages */
    static List<LabelledMessage> parse(String source, String content) {
        List<LabelledMessage> messages = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (first && fields[0].strip().equalsIgnoreCase("language")) {
                first = false;
                continue;
            }
            first = false;
            String where = source + ":" + (i + 1) + ": ";
            if (fields.length != 2) {
                throw new DatasetException(where + "expected language<TAB>text but found " + fields.length
                        + " field(s)");
            }
            String code = fields[0].strip();
            Language language = Language.ofCode(code).orElseThrow(() -> new DatasetException(where
                    + "unknown language '" + code + "' (expected one of " + codes() + ")"));
            String text = fields[1].strip();
            if (text.isEmpty()) {
                throw new DatasetException(where + "no text");
            }
            messages.add(new LabelledMessage(language, text, i + 1));
        }
        if (messages.isEmpty()) {
            throw new DatasetException(source + " has no messages (expected language<TAB>text lines)");
        }
        return messages;
    }

    private static String codes() {
        return Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", "));
    }
}
