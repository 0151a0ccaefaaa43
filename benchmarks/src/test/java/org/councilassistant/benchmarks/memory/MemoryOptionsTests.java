package org.councilassistant.benchmarks.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.councilassistant.benchmarks.UsageException;
import org.junit.jupiter.api.Test;

class MemoryOptionsTests {

    @Test
    void defaultsToTenThousandSessionsAndTheStandardResultsFile() {
        MemoryOptions options = MemoryOptions.parse(List.of());

        assertThat(options.sessions()).isEqualTo(10_000);
        assertThat(options.out()).isEqualTo(Path.of("benchmarks/target/results/memory.json"));
        assertThat(options.help()).isFalse();
    }

    @Test
    void readsSessionsAndOut() {
        MemoryOptions options = MemoryOptions.parse(List.of("--sessions", "500", "--out", "m.json"));

        assertThat(options.sessions()).isEqualTo(500);
        assertThat(options.out()).isEqualTo(Path.of("m.json"));
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> MemoryOptions.parse(List.of("--sessions", "0")))
                .isInstanceOf(UsageException.class).hasMessage("--sessions must be at least 1, not 0");
        assertThatThrownBy(() -> MemoryOptions.parse(List.of("--sessions", "many")))
                .isInstanceOf(UsageException.class).hasMessage("--sessions must be a whole number, not 'many'");
        assertThatThrownBy(() -> MemoryOptions.parse(List.of("--heap")))
                .isInstanceOf(UsageException.class).hasMessage("unknown option '--heap'");
    }

    @Test
    void holdsTwoOrThreeTurnsPerConversation() {
        assertThat(Conversations.SCRIPTS).allSatisfy(script -> assertThat(script).hasSizeBetween(2, 3));
        assertThat(Conversations.meanTurns(10)).isEqualTo(2.4);
    }
}
