package org.ouroboros.vm.interp;

import org.ouroboros.vm.code.Instruction;

/**
 * The thread scheduler's view of one scheduled thread (implemented in {@code org.ouroboros.sched}).
 * A thread state with a hook runs {@code Opcodes.runScheduled}, which charges every instruction
 * to the virtual clock; threads without one keep the fast loop untouched.
 */
public interface SchedHook {
    /** Called before each instruction of a scheduled thread: charge its cost, maybe switch threads. */
    void beforeInstruction(ThreadState ts, Frame f, int offset, Instruction in);

    /** Called at CPython 3.10+'s eval-breaker check points (RESUME, JUMP_BACKWARD, after builtin calls). */
    void checkPoint(ThreadState ts, Frame f, int offset, Instruction in);
}
