package org.ouroboros.ui.view.loop;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.trace.TraceSink;
import org.ouroboros.trace.TraceTruncated;

/**
 * A capped recorder whose events can be read while the run still emits them, so the view can
 * show a live run: {@link #snapshot()} is a trace of everything so far.
 */
final class LiveTraceSink implements TraceSink {
    private final int cap;
    private final List<TraceEvent> events = new ArrayList<>();
    private boolean truncated;

    LiveTraceSink(int cap) {
        this.cap = cap;
    }

    @Override
    public synchronized void emit(TraceEvent event) {
        if (truncated) {
            return;
        }
        if (events.size() == cap) {
            events.add(new TraceTruncated(cap));
            truncated = true;
            return;
        }
        events.add(event);
    }

    @Override
    public synchronized boolean enabled() {
        return !truncated;
    }

    synchronized int size() {
        return events.size();
    }

    synchronized Trace snapshot() {
        return new Trace(events);
    }
}
