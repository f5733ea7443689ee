package org.ouroboros.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceEvent;

/**
 * Writes a trace as JSON for {@code run --trace}: {"events": [{"kind": "LineReached", ...}, ...]}.
 * (The player's own JSON export, when it lands in {@code trace}, supersedes this.)
 */
final class TraceFiles {
    private TraceFiles() {}

    static void write(Trace trace, Path out) throws IOException {
        List<Map<String, Object>> events = new ArrayList<>();
        for (TraceEvent e : trace.events()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", e.getClass().getSimpleName());
            for (var c : e.getClass().getRecordComponents()) {
                try {
                    m.put(c.getName(), c.getAccessor().invoke(e));
                } catch (ReflectiveOperationException ex) {
                    throw new IOException(ex);
                }
            }
            events.add(m);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), Map.of("events", events));
    }
}
