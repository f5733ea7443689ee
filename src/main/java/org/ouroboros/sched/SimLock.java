package org.ouroboros.sched;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.SchedEvent.DropReason;
import org.ouroboros.trace.SchedEvent.PrimitiveKind;
import org.ouroboros.trace.SchedEvent.PrimitiveOpKind;
import org.ouroboros.trace.SchedEvent.ThreadStateKind;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyType;

/**
 * {@code _thread.lock} and {@code _thread.RLock}: the only primitives that really block; Condition,
 * Semaphore, Event and queues are built from them in Python, as in CPython's threading.py.
 *
 * <p>An uncontended acquire never releases the GIL. A contended blocking acquire does: the thread
 * sleeps in the "OS" until a release wakes it ({@link OpcodeCosts#WAKE_LATENCY_PS} later); it then
 * takes the lock only if nobody barged in meanwhile, else it waits again — like a futex.
 */
public final class SimLock extends PyObject implements Blocker {
    private final boolean reentrant;
    private final String label;
    private SimThread owner;
    private int count;
    private final ArrayDeque<SimThread> waiters = new ArrayDeque<>();
    /** When set, this lock is a Condition's waiter lock: blocking on it means waiting for notify(). */
    private String conditionLabel;

    public SimLock(PyType type, boolean reentrant, String label) {
        super(type);
        this.reentrant = reentrant;
        this.label = label;
    }

    public boolean reentrant() {
        return reentrant;
    }

    public boolean locked() {
        return owner != null;
    }

    public SimThread owner() {
        return owner;
    }

    public int count() {
        return count;
    }

    public String label() {
        return label;
    }

    /** Marks this lock as the per-wait lock of {@code condition} (for the deadlock report). */
    public void markConditionWaiter(String condition) {
        conditionLabel = condition;
    }

    /** {@code acquire(blocking, timeout)}; {@code timeoutPs < 0} waits forever. */
    public boolean acquire(boolean blocking, long timeoutPs) {
        SimThread me = Scheduler.current();
        Scheduler s = me.sched;
        if (owner == null) {
            owner = me;
            count = 1;
            op(me, PrimitiveOpKind.ACQUIRE, "");
            return true;
        }
        if (reentrant && owner == me) {
            count++;
            op(me, PrimitiveOpKind.ACQUIRE, "");
            return true;
        }
        if (!blocking || timeoutPs == 0) {
            op(me, PrimitiveOpKind.FAILED, "non-blocking");
            return false;
        }
        waiters.add(me);
        op(me, PrimitiveOpKind.BLOCK, "");
        boolean got = s.block(me, this, timeoutPs, ThreadStateKind.BLOCKED, DropReason.BLOCKING);
        if (!got) {
            op(me, PrimitiveOpKind.FAILED, "timeout");
        }
        return got;
    }

    /** {@code release()} with CPython's errors (any thread may release a Lock; only the owner an RLock). */
    public void release() {
        SimThread me = Scheduler.current();
        if (reentrant) {
            if (owner != me) {
                throw PyExc.runtimeError("cannot release un-acquired lock");
            }
            if (--count > 0) {
                op(me, PrimitiveOpKind.RELEASE, "");
                return;
            }
        } else if (owner == null) {
            throw PyExc.runtimeError("release unlocked lock");
        }
        owner = null;
        count = 0;
        op(me, PrimitiveOpKind.RELEASE, "");
        SimThread w = waiters.poll();
        if (w != null) {
            me.sched.schedule(me.ps + OpcodeCosts.WAKE_LATENCY_PS, now -> grantOrRequeue(w, now));
        }
    }

    private void grantOrRequeue(SimThread w, long now) {
        if (w.blocker != this || w.state != ThreadStateKind.BLOCKED) {
            return;
        }
        if (owner != null) {
            waiters.addFirst(w);
            return;
        }
        owner = w;
        count = 1;
        w.sched.wakeNow(w, now);
        op(w, PrimitiveOpKind.ACQUIRED_AFTER_WAIT, "");
    }

    /** RLock's {@code _release_save}: drops every level, returns the count to restore. */
    public int releaseAll() {
        SimThread me = Scheduler.current();
        if (owner != me) {
            throw PyExc.runtimeError("cannot release un-acquired lock");
        }
        int n = count;
        count = 1;
        release();
        return n;
    }

    /** RLock's {@code _acquire_restore}. */
    public void acquireRestore(int n) {
        acquire(true, -1);
        count = n;
    }

    private void op(SimThread t, PrimitiveOpKind kind, String detail) {
        if (t.sched.trace.on()) {
            List<Integer> ids = new ArrayList<>();
            for (SimThread w : waiters) {
                ids.add(w.id);
            }
            t.sched.trace.emit(new SchedEvent.PrimitiveOp(t.ps / 1000, t.id, id(), kind(), label, kind,
                    owner == null ? -1 : owner.id, reentrant ? count : 0, 0, ids, 0, detail));
        }
    }

    // ---- Blocker ----

    @Override
    public SimThread holder() {
        return conditionLabel != null ? null : owner;
    }

    @Override
    public long primitiveId() {
        return id();
    }

    @Override
    public PrimitiveKind kind() {
        return conditionLabel != null ? PrimitiveKind.CONDITION : reentrant ? PrimitiveKind.RLOCK : PrimitiveKind.LOCK;
    }

    @Override
    public String describeWait() {
        if (conditionLabel != null) {
            return conditionLabel + ".wait() for a notify()";
        }
        return (reentrant ? "RLock" : "Lock") + ".acquire() on " + label;
    }

    @Override
    public void cancelWait(SimThread waiter) {
        waiters.remove(waiter);
    }
}
