package org.councilassistant.core.learning;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The learning loop: the inbox of badly answered questions and staff-added training phrases. */
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
    UnansweredQuestionRecorder unansweredQuestionRecorder(UnansweredQuestions inbox, Clock clock) {
        return new UnansweredQuestionRecorder(inbox, clock);
    }
}
