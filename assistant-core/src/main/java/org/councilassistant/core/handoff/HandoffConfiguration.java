package org.councilassistant.core.handoff;

import java.time.Clock;
import java.util.Set;

import javax.sql.DataSource;

import org.councilassistant.core.council.Council;
import org.councilassistant.core.service.contact.ContactCentre;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Live-agent handoff: the queue, stored transcripts and callback requests in the assistant's database. */
@Configuration(proxyBeanMethods = false)
public class HandoffConfiguration {

    @Bean
    HandoffQueue handoffQueue(DataSource dataSource) {
        return new HandoffQueue(dataSource);
    }

    @Bean
    Transcripts transcripts(DataSource dataSource) {
        return new Transcripts(dataSource);
    }

    @Bean
    CallbackRequests callbackRequests(DataSource dataSource) {
        return new CallbackRequests(dataSource);
    }

    /** @param liveChannels channels where an agent can take over ({@code assistant.live-chat.channels}) */
    @Bean
    LiveChat liveChat(HandoffQueue queue, Transcripts transcripts, CallbackRequests callbacks,
            ContactCentre contactCentre, @Value("${assistant.live-chat.channels:webchat}") Set<String> liveChannels,
            Council council, Clock clock) {
        return new LiveChat(queue, transcripts, callbacks, HandoffTriggers.bundled(), contactCentre, liveChannels,
                council, clock);
    }
}
