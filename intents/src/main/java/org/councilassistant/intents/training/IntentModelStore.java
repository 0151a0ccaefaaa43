package org.councilassistant.intents.training;

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

import opennlp.tools.doccat.DoccatModel;

import org.councilassistant.intents.opennlp.OpenNlpIntentClassifier;

/**
 * Keeps the trained intent model on disk and reuses it until the training data or trainer settings change.
 *
 * <p>The model file sits beside a properties file holding a fingerprint of what it was trained from and its
 * calibrated threshold; a different fingerprint means retraining. Files are written to a temporary name and
 * moved into place so that a crash never leaves half a model.
 */
public final class IntentModelStore {

    private static final System.Logger LOG = System.getLogger(IntentModelStore.class.getName());
    private static final String MODEL_FILE = "intent-model.bin";
    private static final String META_FILE = "intent-model.properties";

    private final Path directory;
    private final IntentTrainer trainer;
    private final TrainerSettings settings;

    public IntentModelStore(Path directory, TrainerSettings settings) {
        this.directory = directory;
        this.settings = settings;
        this.trainer = new IntentTrainer(settings);
    }

    /** Loads the stored model when it was trained from exactly these examples, otherwise trains and stores. */
    public OpenNlpIntentClassifier loadOrTrain(List<LabelledExample> examples) {
        String fingerprint = fingerprint(examples);
        try {
            Properties meta = readMeta();
            if (fingerprint.equals(meta.getProperty("fingerprint")) && Files.exists(directory.resolve(MODEL_FILE))) {
                DoccatModel model = new DoccatModel(directory.resolve(MODEL_FILE));
                LOG.log(System.Logger.Level.INFO, "Loaded intent model from {0}", directory);
                return new OpenNlpIntentClassifier(model, Double.parseDouble(meta.getProperty("threshold")));
            }
            LOG.log(System.Logger.Level.INFO, "Training intent model from {0} examples", examples.size());
            OpenNlpIntentClassifier classifier = trainer.train(examples, null);
            store(classifier, fingerprint);
            return classifier;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private void store(OpenNlpIntentClassifier classifier, String fingerprint) throws IOException {
        Files.createDirectories(directory);
        Path modelTemp = directory.resolve(MODEL_FILE + ".tmp");
        try (OutputStream out = Files.newOutputStream(modelTemp)) {
            classifier.writeModel(out);
        }
        Files.move(modelTemp, directory.resolve(MODEL_FILE), StandardCopyOption.REPLACE_EXISTING);
        Properties meta = new Properties();
        meta.setProperty("fingerprint", fingerprint);
        meta.setProperty("threshold", Double.toString(classifier.threshold()));
        Path metaTemp = directory.resolve(META_FILE + ".tmp");
        try (OutputStream out = Files.newOutputStream(metaTemp)) {
            meta.store(out, "Intent model metadata");
        }
        Files.move(metaTemp, directory.resolve(META_FILE), StandardCopyOption.REPLACE_EXISTING);
    }

    private String fingerprint(List<LabelledExample> examples) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(settings.fingerprint().getBytes(StandardCharsets.UTF_8));
            for (LabelledExample example : examples) {
                digest.update((example.label() + "\t" + example.text() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
