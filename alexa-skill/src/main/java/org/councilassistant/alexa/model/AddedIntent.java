package org.councilassistant.alexa.model;

import java.util.List;

/**
 * An intent the model gets beside the catalogue's, such as one staff added from the console.
 *
 * @param name its name as the catalogue would spell it ({@code allotments_waiting_list})
 * @param phrases its English phrases, sanitised into samples as the catalogue's are
 */
public record AddedIntent(String name, List<String> phrases) {

    public AddedIntent {
        phrases = List.copyOf(phrases);
    }
}
