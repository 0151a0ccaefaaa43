package org.councilassistant.intents.training;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import org.councilassistant.intents.embedding.EmbeddingIntentModel;
import org.councilassistant.intents.embedding.TextEmbedder;
import org.councilassistant.intents.ensemble.EnsembleIntentClassifier;
import org.councilassistant.intents.ensemble.EnsembleWeights;
import org.councilassistant.intents.linear.LinearIntentModel;
import org.councilassistant.intents.opennlp.OpenNlpIntentModel;

/**
 * Keeps the trained intent models on disk and reuses them until the training data or trainer settings change.
 *
 * <p>The model files sit beside a properties file holding a fingerprint of what they were trained from (the
 * examples, the trainer's settings and the embedding model's name), the ensemble weights and the calibrated
 * threshold; a different fingerprint means retraining. Files are written
 * to temporary names and moved into place, the properties last, so a crash never leaves half a model in use.
 */
public final class IntentModelStore {

    private static final System.Logger LOG = System.getLogger(IntentModelStore.class.getName());
    private static final String OPENNLP_FILE = "intent-opennlp.bin";
    private static final String LINEAR_FILE = "intent-linear.bin";
    private static final String SEMANTIC_FILE = "intent-embedding-head.bin";
    private static final String META_FILE = "intent-model.properties";

    private final Path directory;
    private final IntentTrainer trainer;
    private final TrainerSettings settings;
    private final TextEmbedder embedder;

    /** A store of lexical-only models. */
    public IntentModelStore(Path directory, TrainerSettings settings) {
        this(directory, settings, null);
    }

    /** @param embedder the sentence-embedding model of the embedding member, or null for lexical-only models */
    public IntentModelStore(Path directory, TrainerSettings settings, TextEmbedder embedder) {
        this.directory = directory;
        this.settings = settings;
        this.embedder = embedder;
        this.trainer = new IntentTrainer(settings, embedder);
    }

    /** Loads the stored models when they were trained from exactly these examples, otherwise trains and stores. */
    public EnsembleIntentClassifier loadOrTrain(List<LabelledExample> examples) {
        String fingerprint = fingerprint(examples);
        try {
            Properties meta = readMeta();
            if (fingerprint.equals(meta.getProperty("fingerprint")) && Files.exists(directory.resolve(OPENNLP_FILE))
                    && Files.exists(directory.resolve(LINEAR_FILE))
                    && (embedder == null || Files.exists(directory.resolve(SEMANTIC_FILE)))) {
                LOG.log(System.Logger.Level.INFO, "Loaded intent model from {0}", directory);
                return load(meta);
            }
            LOG.log(System.Logger.Level.INFO, "Training intent model from {0} examples", examples.size());
            EnsembleIntentClassifier classifier = trainer.train(examples, null);
            LOG.log(System.Logger.Level.INFO, "Trained intent model: weights {0}, out-of-scope threshold {1}",
                    classifier.weights(), classifier.threshold());
            store(classifier, fingerprint);
            return classifier;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private EnsembleIntentClassifier load(Properties meta) throws IOException {
        OpenNlpIntentModel openNlp;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(directory.resolve(OPENNLP_FILE)))) {
            openNlp = OpenNlpIntentModel.read(in);
        }
        LinearIntentModel linear;
        try (DataInputStream in = new DataInputStream(
                new BufferedInputStream(Files.newInputStream(directory.resolve(LINEAR_FILE))))) {
            linear = LinearIntentModel.read(in);
        }
        EmbeddingIntentModel semantic = null;
        if (embedder != null) {
            try (DataInputStream in = new DataInputStream(
                    new BufferedInputStream(Files.newInputStream(directory.resolve(SEMANTIC_FILE))))) {
                semantic = EmbeddingIntentModel.read(in);
            }
        }
        EnsembleWeights weights = new EnsembleWeights(Double.parseDouble(meta.getProperty("linearWeight")),
                Double.parseDouble(meta.getProperty("openNlpWeight")),
                Double.parseDouble(meta.getProperty("semanticWeight")));
        return new EnsembleIntentClassifier(linear, openNlp, semantic, embedder, weights,
                Double.parseDouble(meta.getProperty("threshold")));
    }

    private Properties readMeta() throws IOException {
        Properties meta = new Properties();
        Path file = directory.resolve(META_FILE);
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                meta.load(in);
            }
        }
        return meta;
    }

    private void store(EnsembleIntentClassifier classifier, String fingerprint) throws IOException {
        Files.createDirectories(directory);
        Files.deleteIfExists(directory.resolve(META_FILE));
        writeAtomically(OPENNLP_FILE, out -> classifier.openNlpModel().write(out));
        writeAtomically(LINEAR_FILE, out -> {
            DataOutputStream data = new DataOutputStream(out);
            classifier.linearModel().write(data);
            data.flush();
        });
        if (classifier.semanticModel() != null) {
            writeAtomically(SEMANTIC_FILE, out -> {
                DataOutputStream data = new DataOutputStream(out);
                classifier.semanticModel().write(data);
                data.flush();
            });
        }
        Properties meta = new Properties();
        meta.setProperty("fingerprint", fingerprint);
        meta.setProperty("threshold", Double.toString(classifier.threshold()));
        meta.setProperty("linearWeight", Double.toString(classifier.weights().linear()));
        meta.setProperty("openNlpWeight", Double.toString(classifier.weights().openNlp()));
        meta.setProperty("semanticWeight", Double.toString(classifier.weights().semantic()));
        if (embedder != null) {
            meta.setProperty("embeddingModel", embedder.modelName());
        }
        writeAtomically(META_FILE, out -> meta.store(out, "Intent model metadata"));
    }

    private void writeAtomically(String name, Writer writer) throws IOException {
        Path temp = directory.resolve(name + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
            writer.write(out);
        }
        Files.move(temp, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private String fingerprint(List<LabelledExample> examples) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(settings.fingerprint().getBytes(StandardCharsets.UTF_8));
            // A different embedding model (or none) means different vectors: retrain.
            digest.update(("embedding=" + (embedder == null ? "none" : embedder.modelName()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            for (LabelledExample example : examples) {
                digest.update((example.label() + "\t" + example.text() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
