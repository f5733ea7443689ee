package org.ouroboros.sched;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.SchedEvent.CheckPointKind;
import org.ouroboros.trace.SchedEvent.PrimitiveKind;
import org.ouroboros.trace.SchedEvent.ThreadStateKind;
import org.ouroboros.vm.code.Instruction;
import org.ouroboros.vm.code.Opcode;
import org.ouroboros.vm.interp.Frame;
import org.ouroboros.vm.interp.SchedHook;
import org.ouroboros.vm.interp.ThreadState;

/**
 * One simulated Python thread: a Java platform thread that runs only while it holds the
 * scheduler's baton, its own virtual clock, and its scheduling state. It is also the
 * interpreter's hook for this thread (cost per instruction, check points).
 */
public final class SimThread implements SchedHook, Blocker {
    final Scheduler sched;
    final int id;
    String name;
    boolean daemon;
    final SimProcess process;
    final ThreadState ts;
    /** The core it runs on (or last ran on); moved to a free core when it starts running. */
    int core;
    /** Handed over by the thread that passes the baton to this one. */
    final Semaphore permit = new Semaphore(0);
    ThreadStateKind state = ThreadStateKind.NEW;
    /** This thread's virtual time in picoseconds. */
    long ps;
    long busyPs;
    long gilWaitStartPs;
    long savedSwitchNumber;
    Timer gilTimer;
    Blocker blocker;
    Timer wakeTimer;
    boolean timedOut;
    /** Set when the run ends under this thread's feet; it unwinds as soon as it gets the baton. */
    String killReason;
    boolean killIsMain;
    final List<SimThread> joiners = new ArrayList<>();
    private long rng;
    private Opcode previous;

    SimThread(Scheduler sched, int id, String name, boolean daemon, SimProcess process, ThreadState ts, int core,
            long seed) {
        this.sched = sched;
        this.id = id;
        this.name = name;
        this.daemon = daemon;
        this.process = process;
        this.ts = ts;
        this.core = core;
        long s = seed * 0x9E3779B97F4A7C15L + (id + 1) * 0xBF58476D1CE4E5B9L;
        this.rng = s == 0 ? 0x2545F4914F6CDD1DL : s;
    }

    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean daemon() {
        return daemon;
    }

    public boolean alive() {
        return state != ThreadStateKind.DONE && state != ThreadStateKind.NEW;
    }

    /** The value {@code threading.get_ident()} returns for this thread. */
    public long ident() {
        return 0x7F3A_0000_0000L + id * 0x100_0000L;
    }

    public ThreadState threadState() {
        return ts;
    }

    // ---- the interpreter hook ----

    @Override
    public void beforeInstruction(ThreadState t, Frame f, int offset, Instruction in) {
        Opcode op = in.opcode();
        long c = OpcodeCosts.costPs(op);
        rng ^= rng << 13;
        rng ^= rng >>> 7;
        rng ^= rng << 17;
        c += ((c * (rng & 0xFF)) >> 9) - (c >> 2);
        if (sched.scale != 1.0) {
            c = (long) (c * sched.scale);
        }
        ps += c;
        busyPs += c;
        boolean check39 = sched.v39 && OpcodeCosts.checksBefore39(previous, op);
        previous = op;
        if (t.fine()) {
            boolean checkPoint = check39 || op == Opcode.RESUME || op == Opcode.JUMP_BACKWARD;
            t.emit(new SchedEvent.BytecodeStep(ps / 1000, id, f.code().qualname(), offset, op.name(),
                    org.ouroboros.vm.code.Disassembler.argRepr(f.code(), in), in.line(), checkPoint));
        }
        if (check39) {
            sched.checkPoint(this, f, offset, in, CheckPointKind.INSTRUCTION);
        }
        if (ps >= sched.horizonPs) {
            sched.onHorizon(this);
        }
    }

    @Override
    public void checkPoint(ThreadState t, Frame f, int offset, Instruction in) {
        CheckPointKind kind = in == null ? CheckPointKind.CALL
                : in.opcode() == Opcode.RESUME ? CheckPointKind.RESUME
                : in.opcode() == Opcode.JUMP_BACKWARD ? CheckPointKind.JUMP_BACKWARD : CheckPointKind.CALL;
        sched.checkPoint(this, f, offset, in, kind);
    }

    /** Resets the 3.9 check-point memory (a new thread starts with a check). */
    void forgetPrevious() {
        previous = null;
    }

    // ---- as something to join ----

    @Override
    public SimThread holder() {
        return this;
    }

    @Override
    public long primitiveId() {
        return -2 - id;
    }

    @Override
    public PrimitiveKind kind() {
        return PrimitiveKind.THREAD;
    }

    @Override
    public String describeWait() {
        return "join() for " + name;
    }

    @Override
    public void cancelWait(SimThread waiter) {
        joiners.remove(waiter);
    }

    @Override
    public String toString() {
        return name + " (id " + id + ")";
    }
}
