package org.councilassistant.intents.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.councilassistant.intents.training.LabelledExample;

/**
 * Splits examples into k folds stratified by label: shuffled with a fixed seed so that runs repeat, then dealt
 * round-robin in label order so that each fold holds its share of every label.
 */
public final class StratifiedFolds {

    private StratifiedFolds() {
    }

    /** The positions of the examples in each fold. */
    public static List<List<Integer>> of(List<LabelledExample> examples, int folds) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(42));
        order.sort(Comparator.comparing(i -> examples.get(i).label()));
        List<List<Integer>> partitions = new ArrayList<>();
        for (int i = 0; i < folds; i++) {
            partitions.add(new ArrayList<>());
        }
        for (int i = 0; i < order.size(); i++) {
            partitions.get(i % folds).add(order.get(i));
        }
        return partitions;
    }
}
