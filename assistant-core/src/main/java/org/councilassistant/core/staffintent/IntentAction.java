package org.councilassistant.core.staffintent;

import org.councilassistant.intents.catalogue.IntentKind;

/** What the assistant does when it recognises an intent staff added: one of three things, and nothing else. */
public sealed interface IntentAction {

    /** How the catalogue would class an intent that does this. */
    IntentKind kind();

    /** What it does, in words for staff: "answers from article allotments". */
    String description();

    /** Answers from one chosen knowledge-base article (its Welsh version in a Welsh conversation, if there is one). */
    record AnswerFromArticle(String articleId) implements IntentAction {

        @Override
        public IntentKind kind() {
            return IntentKind.INFORMATIONAL;
        }

        @Override
        public String description() {
            return "answers from article " + articleId;
        }
    }

    /** Starts one of the assistant's tasks, named by the intent that starts its dialogue (e.g. {@code missed_bin}). */
    record StartTask(String task) implements IntentAction {

        @Override
        public IntentKind kind() {
            return IntentKind.TASK;
        }

        @Override
        public String description() {
            return "starts the task " + task;
        }
    }

    /** Offers the resident a person, as asking for one does. */
    record HandOff() implements IntentAction {

        @Override
        public IntentKind kind() {
            return IntentKind.HANDOFF;
        }

        @Override
        public String description() {
            return "offers a person";
        }
    }
}
