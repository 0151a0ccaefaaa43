package org.councilassistant.core.setup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class SetupFailureAnalyzerTests {

    @Test
    void reportsTheProblemAndWhatToDoInsteadOfTheStackTrace() {
        SetupException problem = new SetupException("/etc/council/bins/addresses.csv line 7, column 4 (round): "
                + "unknown round 'TUE9'.", "Add the round to rounds.csv.");

        FailureAnalysis analysis = new SetupFailureAnalyzer()
                .analyze(new BeanCreationException("binCollections", "Failed to instantiate", problem));

        assertThat(analysis.getDescription()).isEqualTo(problem.problem());
        assertThat(analysis.getAction()).isEqualTo("Add the round to rounds.csv.");
    }
}
