package org.councilassistant.core.setup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

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

    @Test
    void isRegisteredForSpringBootsStartUpReport() {
        // Spring Boot's own analyzers need constructor arguments only a running application has: skipped here.
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(FailureAnalyzer.class, null,
                SpringFactoriesLoader.FailureHandler.handleMessage((message, failure) -> { })))
                .hasAtLeastOneElementOfType(SetupFailureAnalyzer.class);
    }
}
