package org.councilassistant.knowledgebase.testing;

import org.councilassistant.intents.embedding.ForwardingTextEmbedder;
import org.councilassistant.intents.embedding.TextEmbedder;

/** A real embedding model under another name: what an index sees when the configured model changes. */
public final class RenamedEmbedder extends ForwardingTextEmbedder {

    private final String modelName;

    public RenamedEmbedder(TextEmbedder model, String modelName) {
        super(model);
        this.modelName = modelName;
    }

    @Override
    public String modelName() {
        return modelName;
    }
}
