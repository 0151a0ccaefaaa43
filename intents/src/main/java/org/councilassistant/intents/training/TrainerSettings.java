package org.councilassistant.intents.training;

/**
 * Knobs of the intent trainer. The defaults are what the council model ships with.
 *
 * @param l2Cost L2 regularisation of the L-BFGS maximum-entropy trainer
 * @param maxIterations upper bound on function evaluations
 * @param calibrationFolds folds used to calibrate the out-of-scope threshold (0 = keep {@code fixedThreshold})
 * @param fixedThreshold threshold used when no calibration runs
 */
public record TrainerSettings(double l2Cost, int maxIterations, int calibrationFolds, double fixedThreshold) {

    public static TrainerSettings defaults() {
        return new TrainerSettings(0.5, 500, 5, 0.3);
    }

    public TrainerSettings withoutCalibration() {
        return new TrainerSettings(l2Cost, maxIterations, 0, fixedThreshold);
    }

    /** A stable text form, part of the model fingerprint so that changing a knob retrains. */
    public String fingerprint() {
        return "l2=" + l2Cost + ";iter=" + maxIterations + ";folds=" + calibrationFolds + ";t=" + fixedThreshold;
    }
}
