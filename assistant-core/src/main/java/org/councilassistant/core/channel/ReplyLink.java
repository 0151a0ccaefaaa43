package org.councilassistant.core.channel;

/** A link offered with a reply. */
public record ReplyLink(String label, String url) {
}
