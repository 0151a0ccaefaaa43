package org.councilassistant.core.learning;

import java.time.Clock;

import javax.sql.DataSource;

import org.councilassistant.core.staffintent.StaffIntents;
import org.councilassistant.intents.catalogue.IntentCatalogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The learning loop: the inbox of badly answered questions, staff-added training phrases, and what the models
 * learn from.
 */
@Configuration(proxyBeanMethods = false)
public class LearningConfiguration {

    @Bean
    UnansweredQuestions unansweredQuestions(DataSource dataSource) {
        return new UnansweredQuestions(dataSource);
    }

    @Bean
    TrainingPhrases trainingPhrases(DataSource dataSource) {
        return new TrainingPhrases(dataSource);
    }

    @Bean
    TrainingExamples trainingExamples(IntentCatalogue catalogue, TrainingPhrases trainingPhrases,
            StaffIntents staffIntents) {
        return new TrainingExamples(catalogue, trainingPhrases, staffIntents);
    }

    @Bean
    UnansweredQuestionRecorder unansweredQuestionRecorder(UnansweredQuestions inbox, Clock clock) {
        return new UnansweredQuestionRecorder(inbox, clock);
    }
}
