package org.councilassistant.intents.language;

import java.util.Locale;
import java.util.Optional;

/** The languages residents can use: English, and Welsh as the Welsh Language Standards require. */
public enum Language {
    ENGLISH("en", "eng", Locale.UK),
    WELSH("cy", "cym", Locale.forLanguageTag("cy-GB"));

    private final String code;
    private final String iso6393;
    private final Locale locale;

    Language(String code, String iso6393, Locale locale) {
        this.code = code;
        this.iso6393 = iso6393;
        this.locale = locale;
    }

    /** ISO 639-1, as in training data folders and message bundles: {@code en}, {@code cy}. */
    public String code() {
        return code;
    }

    /** ISO 639-3, as OpenNLP's language detector names languages. */
    String iso6393() {
        return iso6393;
    }

    public Locale locale() {
        return locale;
    }

    public static Optional<Language> ofCode(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
