package org.ouroboros.aio;

import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.ouroboros.trace.AioEvent;
import org.ouroboros.trace.TraceSink;

/** Builds the loop's {@link AioEvent}s; every method is a no-op when nobody records. */
final class LoopTrace {
    private final int loop;
    private final TraceSink sink;
    private final boolean on;

    LoopTrace(int loop, TraceSink sink) {
        this.loop = loop;
        this.sink = sink;
        this.on = sink.enabled();
    }

    boolean on() {
        return on;
    }

    void emit(AioEvent e) {
        // a recorder that was finished (the run is over) takes no more events
        if (on && sink.enabled()) {
            sink.emit(e);
        }
    }

    static List<AioEvent.ReadyHandle> ready(Collection<Handle> handles) {
        List<AioEvent.ReadyHandle> out = new ArrayList<>(handles.size());
        for (Handle h : handles) {
            out.add(new AioEvent.ReadyHandle(h.id(), h.description()));
        }
        return out;
    }

    static List<AioEvent.PendingTimer> timers(Collection<TimerHandle> heap) {
        List<TimerHandle> sorted = new ArrayList<>(heap);
        sorted.sort(null);
        List<AioEvent.PendingTimer> out = new ArrayList<>(sorted.size());
        for (TimerHandle t : sorted) {
            out.add(new AioEvent.PendingTimer(t.id(), t.when(), t.description(), t.cancelled()));
        }
        return out;
    }

    static List<AioEvent.SelectorKey> keys(Selector selector) {
        List<AioEvent.SelectorKey> out = new ArrayList<>();
        for (SelectionKey k : selector.keys()) {
            if (k.isValid() && k.attachment() instanceof IoCallbacks io) {
                out.add(key(io, Interest.events(k.interestOps())));
            }
        }
        out.sort((a, b) -> Integer.compare(a.fd(), b.fd()));
        return out;
    }

    static AioEvent.SelectorKey key(IoCallbacks io, int ops) {
        return new AioEvent.SelectorKey(io.fd, ops, io.label,
                io.reader == null ? "" : io.reader.description(), io.writer == null ? "" : io.writer.description());
    }

    int loop() {
        return loop;
    }
}
