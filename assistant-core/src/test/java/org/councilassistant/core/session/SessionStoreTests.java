package org.councilassistant.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SessionStoreTests {

    private final SessionStore sessions = new SessionStore(Duration.ofMinutes(30), 10_000, Clock.systemUTC());

    @Test
    void everyConversationStartedAtOnceGetsItsOwnUnguessableId() throws Exception {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> started = IntStream.range(0, 8)
                    .mapToObj(thread -> threads.submit(() -> IntStream.range(0, 500)
                            .forEach(i -> ids.add(sessions.create("webchat").id()))))
                    .<Future<?>>map(future -> future)
                    .toList();
            for (Future<?> future : started) {
                future.get();
            }
        } finally {
            threads.shutdown();
        }

        assertThat(ids).hasSize(4000).allMatch(id -> id.matches("[A-Za-z0-9_-]{24}"));
        assertThat(sessions.find(ids.iterator().next())).isPresent();
    }
}
