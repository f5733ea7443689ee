package org.ouroboros.ui.view.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.TraceEvent;

/**
 * The synchronisation state at one trace position: every primitive's latest snapshot (in order
 * of creation), the thread names known so far, and the deadlock report once there is one.
 * Mutable for the fold; {@link #copy} gives an independent one.
 */
public final class SyncState {
    private final Map<Long, PrimitiveSnapshot> primitives = new LinkedHashMap<>();
    private final Map<Integer, String> threadNames = new LinkedHashMap<>();
    private SchedEvent.DeadlockDetected deadlock;
    private int deadlockPosition = -1;
    private int position = -1;
    private long touched = Long.MIN_VALUE;

    public void apply(TraceEvent event) {
        position++;
        touched = Long.MIN_VALUE;
        if (event instanceof SchedEvent.PrimitiveOp op) {
            if (op.kind() != SchedEvent.PrimitiveKind.THREAD) {
                primitives.put(op.primitive(), PrimitiveSnapshot.of(op, position));
                touched = op.primitive();
            }
        } else if (event instanceof SchedEvent.ThreadCreated c) {
            threadNames.put(c.thread(), c.name());
        } else if (event instanceof SchedEvent.DeadlockDetected d) {
            deadlock = d;
            deadlockPosition = position;
        }
    }

    public SyncState copy() {
        SyncState c = new SyncState();
        c.primitives.putAll(primitives);
        c.threadNames.putAll(threadNames);
        c.deadlock = deadlock;
        c.deadlockPosition = deadlockPosition;
        c.position = position;
        c.touched = touched;
        return c;
    }

    public List<PrimitiveSnapshot> primitives() {
        return new ArrayList<>(primitives.values());
    }

    public PrimitiveSnapshot primitive(long id) {
        return primitives.get(id);
    }

    /** The primitive the event at this position operated on, or {@link Long#MIN_VALUE}. */
    public long touched() {
        return touched;
    }

    public String threadName(int id) {
        if (id < 0) {
            return "\u2014";
        }
        return threadNames.getOrDefault(id, id == 0 ? "MainThread" : "Thread-" + id);
    }

    /** The deadlock report, once the run has reached it (null before). */
    public SchedEvent.DeadlockDetected deadlock() {
        return deadlock;
    }

    public int deadlockPosition() {
        return deadlockPosition;
    }

    public int position() {
        return position;
    }
}
