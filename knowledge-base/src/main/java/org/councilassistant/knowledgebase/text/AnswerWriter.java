package org.councilassistant.knowledgebase.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects text in the article format as HTML is walked: runs of white space become one space, lines are trimmed,
 * a block's lines are joined by line breaks and blocks by blank lines. A list item's marker starts its first line.
 */
final class AnswerWriter {

    private final List<String> blocks = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private String marker = "";
    private boolean space;
    private int listDepth;

    void text(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else if (c != '\u200B' && c != '\u00AD' && c != '\uFEFF') {
                if (line.isEmpty()) {
                    line.append(marker);
                    marker = "";
                } else if (space) {
                    line.append(' ');
                }
                space = false;
                line.append(c);
            }
        }
    }

    void endLine() {
        if (!line.isEmpty()) {
            lines.add(line.toString().strip());
        }
        line.setLength(0);
        space = false;
    }

    void endBlock() {
        endLine();
        if (!lines.isEmpty()) {
            blocks.add(String.join("\n", lines));
        }
        lines.clear();
    }

    /** The edge of a paragraph, heading and the like: a new block, or inside a list a new line. */
    void blockBoundary() {
        if (listDepth > 0) {
            endLine();
        } else {
            endBlock();
        }
    }

    void startList() {
        blockBoundary();
        listDepth++;
    }

    void endList() {
        listDepth--;
        marker = "";
        blockBoundary();
    }

    /** Starts a list item: its first line begins with {@code itemMarker}. */
    void item(String itemMarker) {
        endLine();
        marker = itemMarker;
    }

    String text() {
        endBlock();
        return String.join("\n\n", blocks);
    }
}
