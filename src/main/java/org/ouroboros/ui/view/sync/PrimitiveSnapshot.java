package org.ouroboros.ui.view.sync;

import java.util.List;
import org.ouroboros.trace.SchedEvent;

/**
 * A synchronisation primitive as its latest operation left it (the scheduler reports the state
 * after every operation): owner, RLock recursion count, Semaphore counter, waiter queue, Queue
 * items, and which operation by which thread at which trace position got it there.
 */
public record PrimitiveSnapshot(long id, SchedEvent.PrimitiveKind kind, String label, int owner, int recursion,
        int counter, List<Integer> waiters, int items, SchedEvent.PrimitiveOpKind lastOp, int lastThread,
        int lastPosition, String detail) {

    public static PrimitiveSnapshot of(SchedEvent.PrimitiveOp op, int position) {
        return new PrimitiveSnapshot(op.primitive(), op.kind(), op.label(), op.owner(), op.recursion(), op.counter(),
                List.copyOf(op.waiters()), op.items(), op.op(), op.thread(), position, op.detail());
    }
}
