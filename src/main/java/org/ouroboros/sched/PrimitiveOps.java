package org.ouroboros.sched;

import java.util.List;
import org.ouroboros.trace.SchedEvent;

/** Trace events for the primitives written in Python (Condition, Semaphore, Event, queues). */
public final class PrimitiveOps {
    private PrimitiveOps() {}

    public static void emit(SimThread t, long id, SchedEvent.PrimitiveKind kind, String label,
            SchedEvent.PrimitiveOpKind op, int counter, int items, String detail, List<Integer> waiters) {
        if (t.sched.trace.on()) {
            t.sched.trace.emit(new SchedEvent.PrimitiveOp(t.ps / 1000, t.id, id, kind, label, op, -1, 0, counter,
                    List.copyOf(waiters), items, detail));
        }
    }
}
