package org.councilassistant.benchmarks.memory;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.councilassistant.benchmarks.jmh.InProcessAssistant;
import org.councilassistant.core.channel.UserMessage;
import org.councilassistant.core.conversation.ConversationEngine;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code memory}: the heap that 10,000 active conversations hold. Wires the assistant in-process as the server
 * does, measures the heap after garbage collection, holds the conversations ({@link Conversations}, 2–3 turns each,
 * some mid-way through the bin-day task), measures again and writes the difference to
 * {@code benchmarks/target/results/memory.json}.
 */
public final class SessionMemoryCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final double MB = 1024.0 * 1024.0;
    private static final String CHANNEL = "webchat";

    private SessionMemoryCommand() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        MemoryOptions options = MemoryOptions.parse(List.of(args));
        if (options.help()) {
            System.out.print(MemoryOptions.USAGE);
            return;
        }
        HeapMeter heap = new HeapMeter();
        Map<String, Object> figures = new LinkedHashMap<>();
        try (InProcessAssistant assistant = InProcessAssistant.startInTempDirectory()) {
            ConversationEngine engine = assistant.engine();
            warmUp(engine);
            long before = heap.usedAfterGc();
            long turns = 0;
            String[] held = new String[options.sessions()];
            for (int n = 0; n < options.sessions(); n++) {
                held[n] = engine.start(CHANNEL).id();
                for (String text : Conversations.script(n)) {
                    // A text of its own, as each request body decodes to one in the server; a shared literal
                    // would leave the transcripts' texts out of the count.
                    engine.handle(UserMessage.text(held[n], new String(text.toCharArray()), CHANNEL));
                    turns++;
                }
            }
            long after = heap.usedAfterGc();
            long live = assistant.sessions().size() - Conversations.SCRIPTS.size();
            if (live != options.sessions()) {
                throw new IllegalStateException("created " + options.sessions() + " sessions, the store holds " + live);
            }
            long delta = after - before;
            figures.put("sessions", options.sessions());
            figures.put("turns", turns);
            figures.put("heapBeforeSessionsMB", round(before / MB));
            figures.put("heapAfterSessionsMB", round(after / MB));
            figures.put("sessionsHeapMB", round(delta / MB));
            figures.put("bytesPerSession", Math.round((double) delta / options.sessions()));
            figures.put("bytesPerTurn", Math.round((double) delta / turns));
            figures.put("maxHeapMB", round(heap.max() / MB));
            figures.put("gc", String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .map(GarbageCollectorMXBean::getName).toList()));
            figures.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
            figures.put("method", "heap used after System.gc() x4, before and after creating the sessions, "
                    + "in-process engine (in-memory H2, seeded knowledge base, council model)");
            Reference.reachabilityFence(held);
        }
        System.out.printf(Locale.ROOT, "memory: %,d sessions (%,d turns) hold %.1f MB of heap: %,d bytes per "
                        + "session (heap %.1f MB before, %.1f MB after)%n",
                figures.get("sessions"), figures.get("turns"), figures.get("sessionsHeapMB"),
                figures.get("bytesPerSession"), figures.get("heapBeforeSessionsMB"), figures.get("heapAfterSessionsMB"));
        write(options.out(), figures);
        System.out.println("memory: wrote " + options.out());
    }

    /** One conversation of each kind first, so that lazily built structures are in the baseline, not the sessions. */
    private static void warmUp(ConversationEngine engine) {
        for (int n = 0; n < Conversations.SCRIPTS.size(); n++) {
            String id = engine.start(CHANNEL).id();
            for (String text : Conversations.script(n)) {
                engine.handle(UserMessage.text(id, text, CHANNEL));
            }
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static void write(Path out, Map<String, Object> figures) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), figures);
    }
}
