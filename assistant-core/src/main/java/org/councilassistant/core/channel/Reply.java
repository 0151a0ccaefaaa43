package org.councilassistant.core.channel;

import java.util.List;

/**
 * One message from the assistant. {@code text} is plain text (paragraphs separated by blank lines, bullets
 * starting "- ") that every channel can show; {@code spokenText} is a shorter form for voice.
 */
public record Reply(String text, String spokenText, List<ReplyLink> links) {

    public Reply {
        links = List.copyOf(links);
    }

    public static Reply of(String text) {
        return new Reply(text, text, List.of());
    }
}
