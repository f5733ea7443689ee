package org.ouroboros.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The recorder keeps events in order up to its cap, then one truncation marker, and hands over an immutable trace. */
class TraceRecorderTest {
    private static TraceEvent line(int n) {
        return new ExecutionEvent.LineReached(0, "f", n);
    }

    @Test
    void keepsEveryEventInOrderAcrossManyChunks() {
        TraceRecorder rec = new TraceRecorder(100_000);
        for (int i = 0; i < 50_001; i++) {
            assertTrue(rec.offer(line(i)));
        }
        Trace t = rec.finish();
        assertEquals(50_001, t.size());
        for (int i = 0; i < 50_001; i += 997) {
            assertEquals(line(i), t.get(i));
        }
        assertEquals(line(50_000), t.get(50_000));
        assertFalse(t.truncated());
    }

    @Test
    void stopsAtTheCapWithOneMarkerAndSaysSo() {
        TraceRecorder rec = new TraceRecorder(3);
        assertTrue(rec.offer(line(1)));
        rec.emit(line(2));
        assertTrue(rec.offer(line(3)));
        assertFalse(rec.offer(line(4)));
        assertFalse(rec.enabled());
        rec.emit(line(5));
        Trace t = rec.finish();
        assertEquals(4, t.size());
        assertEquals(new TraceTruncated(3), t.get(3));
        assertTrue(t.truncated());
    }

    @Test
    void theFinishedTraceIsImmutableAndEqualToACopiedOne() {
        TraceRecorder rec = new TraceRecorder();
        rec.emit(line(1));
        rec.emit(line(2));
        Trace t = rec.finish();
        assertThrows(UnsupportedOperationException.class, () -> t.events().add(line(3)));
        assertThrows(UnsupportedOperationException.class, () -> t.events().set(0, line(3)));
        assertEquals(Trace.of(line(1), line(2)), t);
        assertEquals(Trace.of(line(1), line(2)).hashCode(), t.hashCode());
    }

    @Test
    void refusesNullEventsAndEventsAfterFinishing() {
        TraceRecorder rec = new TraceRecorder();
        assertThrows(NullPointerException.class, () -> rec.emit(null));
        rec.finish();
        assertThrows(IllegalStateException.class, () -> rec.emit(line(1)));
    }

    @Test
    void threadsEmittingAtOnceKeepEveryEventOnceAndEachThreadsOrder() throws InterruptedException {
        int threads = 4;
        int each = 30_000;
        TraceRecorder rec = new TraceRecorder(threads * each + 10);
        Thread[] ts = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int thread = t;
            ts[t] = new Thread(() -> {
                for (int i = 0; i < each; i++) {
                    rec.offer(new ExecutionEvent.LineReached(thread, "f", i));
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        Trace trace = rec.finish();
        assertEquals(threads * each, trace.size());
        int[] nextLine = new int[threads];
        for (TraceEvent e : trace.events()) {
            ExecutionEvent.LineReached line = (ExecutionEvent.LineReached) e;
            assertEquals(nextLine[line.thread()]++, line.line());
        }
        for (int t = 0; t < threads; t++) {
            assertEquals(each, nextLine[t]);
        }
    }

    @Test
    void threadsRacingPastTheCapLeaveExactlyOneMarkerAtTheEnd() throws InterruptedException {
        TraceRecorder rec = new TraceRecorder(10_000);
        Thread[] ts = new Thread[3];
        for (int t = 0; t < ts.length; t++) {
            ts[t] = new Thread(() -> {
                for (int i = 0; i < 20_000; i++) {
                    rec.emit(line(i));
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        Trace trace = rec.finish();
        assertEquals(10_001, trace.size());
        assertEquals(new TraceTruncated(10_000), trace.get(10_000));
        for (int i = 0; i < 10_000; i++) {
            assertTrue(trace.get(i) instanceof ExecutionEvent.LineReached);
        }
        assertFalse(rec.enabled());
    }
    @Test
    void reSentEventObjectsAndOneOffEventsComeBackAsTheSameObjectsInOrder() {
        // A loop re-sends the same line and frame events (kept once); output events are each new.
        TraceEvent enter = new ExecutionEvent.FrameEntered(0, "f", 1, 2);
        TraceEvent exit = new ExecutionEvent.FrameExited(0, "f", 1, "None", false);
        TraceEvent[] lines = new TraceEvent[5_000];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = line(i);
        }
        TraceRecorder rec = new TraceRecorder(200_000);
        java.util.List<TraceEvent> sent = new java.util.ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            TraceEvent[] step = {enter, lines[i % lines.length], new ExecutionEvent.OutputWritten(0, "x" + i, false), exit};
            for (TraceEvent e : step) {
                assertTrue(rec.offer(e));
                sent.add(e);
            }
        }
        Trace t = rec.finish();
        assertEquals(sent.size(), t.size());
        for (int i = 0; i < sent.size(); i++) {
            assertTrue(sent.get(i) == t.get(i), "position " + i);
        }
    }
}
