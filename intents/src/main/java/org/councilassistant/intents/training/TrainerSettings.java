package org.councilassistant.intents.training;

/**
 * Knobs of the intent trainer. The defaults are what the council model ships with.
 *
 * @param l2Cost L2 regularisation of the OpenNLP L-BFGS maximum-entropy member
 * @param maxIterations upper bound on that member's iterations: 50 gives the same held-out accuracy as 300 on
 *        the council's phrases (k-fold, both languages) and on CLINC150, in about two-thirds of the training time
 * @param linearWeight share of the linear member in the averaged probabilities (the rest is OpenNLP's)
 * @param calibrationFolds folds used to calibrate the out-of-scope threshold (0 = keep {@code fixedThreshold})
 * @param fixedThreshold threshold used when no calibration runs
 */
public record TrainerSettings(double l2Cost, int maxIterations, double linearWeight, int calibrationFolds,
        double fixedThreshold) {

    public static TrainerSettings defaults() {
        return new TrainerSettings(0.1, 50, 0.7, 5, 0.3);
    }

    public TrainerSettings withoutCalibration() {
        return new TrainerSettings(l2Cost, maxIterations, linearWeight, 0, fixedThreshold);
    }

    /**
     * A stable text form, part of the model fingerprint so that changing a knob retrains. The leading version
     * changes with the features themselves (v3: numbers read as their shape), so a stored model is never read
     * with tokens it was not trained on.
     */
    public String fingerprint() {
        return "v3;l2=" + l2Cost + ";iter=" + maxIterations + ";w=" + linearWeight + ";folds=" + calibrationFolds
                + ";t=" + fixedThreshold;
    }
}
