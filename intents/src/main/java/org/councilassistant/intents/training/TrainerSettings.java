package org.councilassistant.intents.training;

/**
 * Knobs of the intent trainer. The defaults are what the council model ships with.
 *
 * @param l2Cost L2 regularisation of the OpenNLP L-BFGS maximum-entropy member
 * @param maxIterations upper bound on that member's iterations: 50 gives the same held-out accuracy as 300 on
 *        the council's phrases (k-fold, both languages) and on CLINC150, in about two-thirds of the training time
 * @param linearWeight share of the linear member in the lexical members' part of the averaged probabilities (the
 *        rest is OpenNLP's), used when no calibration runs or the model has no embedding member
 * @param semanticWeight share of the embedding member, used when no calibration runs
 * @param headEpochs passes of the embedding head's trainer over the examples
 * @param calibrationFolds folds used to choose the members' weights and calibrate the out-of-scope threshold on
 *        held-out predictions (0 = keep the weights above and {@code fixedThreshold})
 * @param fixedThreshold threshold used when no calibration runs
 */
public record TrainerSettings(double l2Cost, int maxIterations, double linearWeight, double semanticWeight,
        int headEpochs, int calibrationFolds, double fixedThreshold) {

    public static TrainerSettings defaults() {
        return new TrainerSettings(0.1, 50, 0.7, 0.5, 15, 5, 0.3);
    }

    public TrainerSettings withoutCalibration() {
        return new TrainerSettings(l2Cost, maxIterations, linearWeight, semanticWeight, headEpochs, 0,
                fixedThreshold);
    }

    /**
     * A stable text form, part of the model fingerprint so that changing a knob retrains. The leading version
     * changes with the features themselves (v3: numbers read as their shape; v4: the embedding member), so a stored model is never read
     * with tokens it was not trained on.
     */
    public String fingerprint() {
        return "v4;l2=" + l2Cost + ";iter=" + maxIterations + ";w=" + linearWeight + ";ws=" + semanticWeight
                + ";epochs=" + headEpochs + ";folds=" + calibrationFolds + ";t=" + fixedThreshold;
    }
}
