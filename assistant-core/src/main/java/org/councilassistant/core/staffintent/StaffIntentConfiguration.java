package org.councilassistant.core.staffintent;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import org.councilassistant.core.dialogue.Dialogue;
import org.councilassistant.core.knowledge.KnowledgeAnswerer;
import org.councilassistant.core.service.contact.ContactCentre;
import org.councilassistant.intents.catalogue.IntentCatalogue;
import org.councilassistant.knowledgebase.KnowledgeBase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Intents staff add from the console: where they are kept, the catalogue they join, and how the engine acts on them. */
@Configuration(proxyBeanMethods = false)
public class StaffIntentConfiguration {

    @Bean
    StaffIntents staffIntents(DataSource dataSource, IntentCatalogue catalogue, KnowledgeBase knowledgeBase,
            List<Dialogue> dialogues, Clock clock) {
        return new StaffIntents(dataSource, catalogue, id -> knowledgeBase.article(id).isPresent(),
                dialogues.stream().map(Dialogue::intent).toList(), clock);
    }

    @Bean
    RuntimeCatalogue runtimeCatalogue(IntentCatalogue catalogue, StaffIntents staffIntents) {
        return new RuntimeCatalogue(catalogue, staffIntents);
    }

    @Bean
    StaffIntentResponder staffIntentResponder(StaffIntents staffIntents, List<Dialogue> dialogues,
            KnowledgeAnswerer answerer, ContactCentre contactCentre) {
        return new StaffIntentResponder(staffIntents, dialogues, answerer, contactCentre);
    }
}
