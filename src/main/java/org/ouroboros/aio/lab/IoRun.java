package org.ouroboros.aio.lab;

import java.util.List;

/**
 * One I/O model fetching the pages: every thread's segments, the select calls (multiplexing
 * only), how many system calls said "not ready" (non-blocking only), and the total time.
 */
public record IoRun(IoModel model, List<String> threads, List<IoSegment> segments, List<SelectCall> selects,
        long notReadyCalls, double totalMillis, int pages) {
    public IoRun {
        threads = List.copyOf(threads);
        segments = List.copyOf(segments);
        selects = List.copyOf(selects);
    }

    /** Milliseconds {@code thread} spent in {@code phase}. */
    public double millisIn(String thread, IoPhase phase) {
        return segments.stream().filter(s -> s.thread().equals(thread) && s.phase() == phase)
                .mapToDouble(IoSegment::millis).sum();
    }
}
