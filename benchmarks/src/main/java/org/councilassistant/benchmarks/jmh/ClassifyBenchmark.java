package org.councilassistant.benchmarks.jmh;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.councilassistant.intents.Classification;
import org.councilassistant.intents.IntentClassifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Classifies one resident's message with the council model: normalising, tokenising, embedding the message with the
 * uncached sentence-embedding model, scoring every intent by the ensemble's members and the out-of-scope decision, over a rotating set of phrases written as residents write them (not the training
 * phrases), in and out of scope, with typos.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClassifyBenchmark {

    static final List<String> PHRASES = List.of(
            "how do I pay my council tax",
            "when is my bin day",
            "my bin wasn't collected this morning",
            "what's the capital of France",
            "can I get a single person discount on council tax",
            "which council tax band am I in",
            "I'm moving house next month what do I do about council tax",
            "how do i apply for a resident parking permit",
            "I got a parking ticket and want to appeal",
            "there's a massive pothole on Mill Lane",
            "the street light outside my house is broken",
            "someone has dumped a mattress in the alley",
            "my neighbours play loud music every night",
            "how do i object to a planning application",
            "what time does the library open on saturday",
            "how do I apply for a school place for my son",
            "I need to go on the housing list",
            "I'm going to be homeless next week",
            "my council flat has damp and mould",
            "can I get help with my rent",
            "is my child entitled to free school meals",
            "I need to register a birth",
            "how do I register my dad's death",
            "we want to get married at the registry office",
            "how do i renew my blue badge",
            "how do I register to vote",
            "where is my polling station",
            "can i vote by post",
            "we have rats in the garden",
            "what's your phone number",
            "are you open on bank holidays",
            "can I book a collection for an old sofa",
            "how much is the garden waste bin",
            "I need a new recycling bin",
            "does glass go in the blue bin",
            "is the tip open on sunday",
            "can I talk to a real person",
            "hello",
            "thanks that's really helpful",
            "what's the weather going to be tomorrow",
            "book me a table for two tonight",
            "who won the football last night",
            "counsil tax payement",
            "wen is my bin colection");

    private Path dataDir;
    private IntentClassifier classifier;
    private int next;

    @Setup
    public void loadTheCouncilModel() {
        dataDir = TempDirectories.create("classify-benchmark");
        classifier = InProcessAssistant.councilClassifier(InProcessAssistant.modelDir(dataDir));
        InProcessAssistant.requireEmbeddings(classifier);
    }

    @TearDown
    public void deleteScratchFiles() {
        TempDirectories.delete(dataDir);
    }

    @Benchmark
    public Classification classify() {
        String phrase = PHRASES.get(next);
        next = next + 1 == PHRASES.size() ? 0 : next + 1;
        return classifier.classify(phrase);
    }
}
