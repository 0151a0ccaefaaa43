package org.councilassistant.benchmarks.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.councilassistant.benchmarks.dataset.DatasetException;
import org.councilassistant.intents.language.Language;

class ShortMessageReaderTests {

    @TempDir
    Path dir;

    @Test
    void readsLanguageAndTextSkippingTheHeaderBlankLinesAndComments() {
        List<LabelledMessage> messages = ShortMessageReader.parse("m.tsv",
                "language\ttext\n# comment\ncy\tdiolch yn fawr\n\nen\tthanks a lot \n");

        assertThat(messages).containsExactly(
                new LabelledMessage(Language.WELSH, "diolch yn fawr", 3),
                new LabelledMessage(Language.ENGLISH, "thanks a lot", 5));
    }

    @Test
    void readsAFileWithoutAHeaderWithWindowsLineEndsAndAByteOrderMark() throws Exception {
        Path file = Files.writeString(dir.resolve("m.tsv"), "\uFEFFcy\tmae'r bin wedi torri\r\nen\tok\r\n",
                StandardCharsets.UTF_8);

        assertThat(ShortMessageReader.read(file)).extracting(LabelledMessage::language, LabelledMessage::text)
                .containsExactly(
                        tuple(Language.WELSH, "mae'r bin wedi torri"),
                        tuple(Language.ENGLISH, "ok"));
    }

    @Test
    void namesTheLineOfAnUnknownLanguage() {
        assertThatThrownBy(() -> ShortMessageReader.parse("m.tsv", "language\ttext\ncy\tbore da\nfr\tbonjour\n"))
                .isInstanceOf(DatasetException.class)
                .hasMessage("m.tsv:3: unknown language 'fr' (expected one of en, cy)");
    }

    @Test
    void refusesALineWithoutExactlyOneTab() {
        assertThatThrownBy(() -> ShortMessageReader.parse("m.tsv", "cy bore da\n"))
                .isInstanceOf(DatasetException.class)
                .hasMessage("m.tsv:1: expected language<TAB>text but found 1 field(s)");
        assertThatThrownBy(() -> ShortMessageReader.parse("m.tsv", "en\thello\textra\n"))
                .hasMessage("m.tsv:1: expected language<TAB>text but found 3 field(s)");
    }

    @Test
    void refusesAnEmptyTextAndAFileWithNoMessages() {
        assertThatThrownBy(() -> ShortMessageReader.parse("m.tsv", "en\t  \n"))
                .isInstanceOf(DatasetException.class)
                .hasMessage("m.tsv:1: no text");
        assertThatThrownBy(() -> ShortMessageReader.parse("m.tsv", "language\ttext\n\n"))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("has no messages");
    }

    @Test
    void reportsAMissingFile() {
        assertThatThrownBy(() -> ShortMessageReader.read(dir.resolve("absent.tsv")))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("no such file");
    }
}
