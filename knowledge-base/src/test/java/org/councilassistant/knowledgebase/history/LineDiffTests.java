package org.councilassistant.knowledgebase.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.councilassistant.knowledgebase.history.DiffLine.Kind;
import org.junit.jupiter.api.Test;

class LineDiffTests {

    @Test
    void marksEveryLineUnchangedWhenNothingChanged() {
        assertThat(LineDiff.between(List.of("a", "b"), List.of("a", "b")))
                .containsExactly(line(Kind.UNCHANGED, "a"), line(Kind.UNCHANGED, "b"));
    }

    @Test
    void keepsTheLongestRunOfSharedLines() {
        assertThat(LineDiff.between(List.of("a", "b", "c", "d"), List.of("a", "c", "x", "d"))).containsExactly(
                line(Kind.UNCHANGED, "a"), line(Kind.REMOVED, "b"), line(Kind.UNCHANGED, "c"), line(Kind.ADDED, "x"),
                line(Kind.UNCHANGED, "d"));
    }

    @Test
    void reportsAReplacedLineAsRemovedThenAdded() {
        assertThat(LineDiff.between(List.of("old"), List.of("new")))
                .containsExactly(line(Kind.REMOVED, "old"), line(Kind.ADDED, "new"));
    }

    @Test
    void handlesEmptySides() {
        assertThat(LineDiff.between(List.of(), List.of("a"))).containsExactly(line(Kind.ADDED, "a"));
        assertThat(LineDiff.between(List.of("a"), List.of())).containsExactly(line(Kind.REMOVED, "a"));
        assertThat(LineDiff.between(List.of(), List.of())).isEmpty();
    }

    @Test
    void repeatedLinesAreMatchedInOrder() {
        assertThat(LineDiff.between(List.of("", "a", ""), List.of("", "", "a", "")))
                .filteredOn(l -> l.kind() != Kind.UNCHANGED).containsExactly(line(Kind.ADDED, ""));
    }

    private static DiffLine line(Kind kind, String text) {
        return new DiffLine(kind, text);
    }
}
