package org.councilassistant.benchmarks.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NlpJsRunnerTests {

    @TempDir
    Path dir;

    @Test
    void tellsTheUserToInstallNodeNlpWhenItIsMissing() throws Exception {
        Files.writeString(dir.resolve("evaluate.js"), "// stand-in");

        assertThatThrownBy(() -> new NlpJsRunner(dir, "node").checkInstalled())
                .isInstanceOf(PeerUnavailableException.class)
                .hasMessageContaining("npm ci --prefix benchmarks/nlpjs");
    }

    @Test
    void tellsTheUserWhenNodeCannotRun() throws Exception {
        Files.writeString(dir.resolve("evaluate.js"), "// stand-in");

        assertThatThrownBy(() -> new NlpJsRunner(dir, dir.resolve("no-such-node").toString()).checkInstalled())
                .isInstanceOf(PeerUnavailableException.class)
                .hasMessageContaining("Node.js is not installed")
                .hasMessageContaining("npm ci --prefix benchmarks/nlpjs");
    }

    @Test
    void readsTheScriptsJsonLine() {
        NlpJsResult result = NlpJsRunner.parse("{\"version\":\"4.27.0\",\"node\":\"v20.1.0\",\"trainSeconds\":27.5,"
                + "\"classificationsPerSecond\":12000.5,\"inScopeAccuracy\":0.85,\"predictions\":[\"balance\",\"out_of_scope\"]}");

        assertThat(result.version()).isEqualTo("4.27.0");
        assertThat(result.trainSeconds()).isEqualTo(27.5);
        assertThat(result.classificationsPerSecond()).isEqualTo(12000.5);
        assertThat(result.predictions()).containsExactly("balance", "out_of_scope");
    }

    @Test
    void rejectsOutputWithoutPredictions() {
        assertThatThrownBy(() -> NlpJsRunner.parse("{\"trainSeconds\": 1}"))
                .hasMessageContaining("unexpected output from the nlp.js script");
    }
}
