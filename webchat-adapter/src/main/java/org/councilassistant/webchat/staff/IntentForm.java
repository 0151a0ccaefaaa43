package org.councilassistant.webchat.staff;

import java.util.List;

import org.councilassistant.core.staffintent.IntentAction;
import org.councilassistant.core.staffintent.StaffIntentContent;

/**
 * An intent as the console submits it: {@code {name, englishPhrases, welshPhrases, action: {type, articleId,
 * task}}}, with {@code type} one of {@code ARTICLE}, {@code TASK} or {@code HANDOFF}.
 */
record IntentForm(String name, List<String> englishPhrases, List<String> welshPhrases, Action action) {

    /** What the intent does; {@code articleId} goes with {@code ARTICLE}, {@code task} with {@code TASK}. */
    record Action(String type, String articleId, String task) {

        static final String ARTICLE = "ARTICLE";
        static final String TASK = "TASK";
        static final String HANDOFF = "HANDOFF";

        /** The action, or null when the type is missing or not one of the three. */
        IntentAction toAction() {
            if (ARTICLE.equals(type)) {
                return new IntentAction.AnswerFromArticle(articleId == null ? null : articleId.strip());
            }
            if (TASK.equals(type)) {
                return new IntentAction.StartTask(task == null ? null : task.strip());
            }
            return HANDOFF.equals(type) ? new IntentAction.HandOff() : null;
        }

        static Action of(IntentAction action) {
            if (action instanceof IntentAction.AnswerFromArticle article) {
                return new Action(ARTICLE, article.articleId(), null);
            }
            if (action instanceof IntentAction.StartTask task) {
                return new Action(TASK, null, task.task());
            }
            return new Action(HANDOFF, null, null);
        }
    }

    StaffIntentContent content() {
        return new StaffIntentContent(name, englishPhrases, welshPhrases, action == null ? null : action.toAction());
    }
}
