package org.councilassistant.intents.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnnxTextEmbedderTests {

    private static OnnxTextEmbedder embedder;

    @BeforeAll
    static void loadTheShippedModel() {
        embedder = OnnxTextEmbedder.named(OnnxTextEmbedder.DEFAULT_MODEL);
    }

    @Test
    void placesAParaphraseNearerThanAnUnrelatedQuestion() {
        float[] binDay = embedder.embed("when is my bin day");
        float[] paraphrase = embedder.embed("can you tell me which day the rubbish lorry comes");
        float[] unrelated = embedder.embed("how do I apply for a parking permit");

        assertThat(Vectors.dot(binDay, paraphrase)).isGreaterThan(Vectors.dot(binDay, unrelated) + 0.1f);
    }

    @Test
    void embedsAsLangChain4jsOwnSessionsDo() {
        embedsAsLangChain4jDoes(embedder, new BgeSmallEnV15QuantizedEmbeddingModel());
        embedsAsLangChain4jDoes(OnnxTextEmbedder.named(OnnxTextEmbedder.MINILM),
                new AllMiniLmL6V2QuantizedEmbeddingModel());
    }

    private static void embedsAsLangChain4jDoes(TextEmbedder embedder, EmbeddingModel langChain4j) {
        for (String text : List.of("when is my bin day", "Counsil tax payement!", "hello",
                "Someone has dumped a mattress in the alley behind Mill Lane, can you send somebody to take it away?")) {
            float[] reference = Vectors.unit(langChain4j.embed(text).content().vector());
            assertThat(Vectors.dot(embedder.embed(text), reference)).as(text).isCloseTo(1f, within(1e-5f));
        }
    }

    @Test
    void givesUnitLengthVectorsOfTheModelsSize() {
        float[] vector = embedder.embed("council tax");

        assertThat(vector).hasSize(384);
        assertThat(embedder.dimensions()).isEqualTo(384);
        assertThat(Vectors.dot(vector, vector)).isCloseTo(1f, within(1e-4f));
    }

    @Test
    void embedsInBatchesAsItDoesOneByOne() {
        List<String> texts = List.of("pay council tax", "report a pothole", "bins", "when is my bin day", "hello");

        List<float[]> batch = embedder.embedAll(texts);

        assertThat(batch).hasSize(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            assertThat(Vectors.dot(batch.get(i), embedder.embed(texts.get(i)))).isCloseTo(1f, within(1e-3f));
        }
    }

    @Test
    void embedsBlankTextWithoutFailing() {
        assertThat(embedder.embed("  ")).hasSize(384);
    }

    @Test
    void refusesAModelThisBuildDoesNotShip() {
        assertThatIllegalArgumentException().isThrownBy(() -> OnnxTextEmbedder.named("gpt-9"))
                .withMessageContaining(OnnxTextEmbedder.DEFAULT_MODEL);
    }

    @Test
    void cachesRepeatedTexts() {
        CachingTextEmbedder cached = new CachingTextEmbedder(embedder, 10);

        assertThat(cached.embed("yes")).isSameAs(cached.embed("yes"));
        assertThat(cached.modelName()).isEqualTo(OnnxTextEmbedder.DEFAULT_MODEL);
    }
}
