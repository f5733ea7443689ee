package org.ouroboros.sched;

import java.util.EnumSet;
import java.util.Set;
import org.ouroboros.vm.code.Opcode;

/**
 * What each bytecode costs on the virtual clock, in picoseconds.
 *
 * <p>Calibrated against CPython 3.11.7 on the team's machine: the seed's loop body
 * {@code for i in range(N): total += 1} (7 instructions: FOR_ITER, STORE_FAST, LOAD_GLOBAL,
 * LOAD_CONST, BINARY_OP, STORE_GLOBAL, JUMP_BACKWARD) ran at 32.6 ns per iteration, and the
 * {@code total = total + one()} variant at 37 ns (3.11 inlines Python-to-Python calls, so a call
 * is cheap). The classes below reproduce those totals within ~10 %: stack shuffles cost ~2 ns,
 * name loads/stores and arithmetic ~5 ns, attribute access ~8 ns, calls into builtins and object
 * construction tens of ns, imports a microsecond. Only the ratios matter for interleavings; the
 * absolute scale makes simulated durations comparable with {@code python3}'s.
 */
final class OpcodeCosts {
    private OpcodeCosts() {}

    /** Cost of a GIL hand-off to a waiting thread (condition-variable signal + wake-up). */
    static final long GIL_HANDOFF_PS = 5_000_000L;
    /** Time an OS takes to wake a thread blocked on a lock or sleep (futex wake-up latency). */
    static final long WAKE_LATENCY_PS = 10_000_000L;
    /** Creating and starting an OS thread ({@code pthread_create} + bootstrap). */
    static final long THREAD_START_PS = 30_000_000L;
    /** Creating a process ({@code fork} + bootstrap of the child). */
    static final long PROCESS_START_PS = 1_000_000_000L;

    private static final long[] COST_PS = new long[Opcode.values().length];

    /** CPython 3.9 skips the eval-breaker check after these (they end with FAST_DISPATCH). */
    private static final boolean[] FAST_DISPATCH_39 = new boolean[Opcode.values().length];

    /** 3.9 never checks right before these (SETUP_FINALLY/SETUP_WITH/YIELD_FROM in 3.9 terms). */
    private static final boolean[] NO_CHECK_BEFORE_39 = new boolean[Opcode.values().length];

    static {
        java.util.Arrays.fill(COST_PS, 4_000);
        set(2_000, Opcode.NOP, Opcode.POP_TOP, Opcode.PUSH_NULL, Opcode.COPY, Opcode.SWAP, Opcode.LOAD_CONST,
                Opcode.LOAD_FAST, Opcode.STORE_FAST, Opcode.RESUME, Opcode.MAKE_CELL, Opcode.COPY_FREE_VARS,
                Opcode.KW_NAMES, Opcode.LOAD_CLOSURE);
        set(4_000, Opcode.JUMP_BACKWARD, Opcode.JUMP_FORWARD, Opcode.POP_JUMP_FORWARD_IF_FALSE,
                Opcode.POP_JUMP_FORWARD_IF_TRUE, Opcode.POP_JUMP_BACKWARD_IF_FALSE, Opcode.POP_JUMP_BACKWARD_IF_TRUE,
                Opcode.RETURN_VALUE, Opcode.LOAD_DEREF, Opcode.STORE_DEREF);
        set(5_000, Opcode.LOAD_GLOBAL, Opcode.STORE_GLOBAL, Opcode.LOAD_NAME, Opcode.STORE_NAME, Opcode.FOR_ITER,
                Opcode.COMPARE_OP, Opcode.IS_OP);
        set(6_000, Opcode.BINARY_OP, Opcode.UNARY_NEGATIVE, Opcode.UNARY_NOT, Opcode.CONTAINS_OP,
                Opcode.BINARY_SUBSCR, Opcode.STORE_SUBSCR);
        set(8_000, Opcode.LOAD_ATTR, Opcode.STORE_ATTR, Opcode.LOAD_METHOD, Opcode.CALL);
        set(20_000, Opcode.BUILD_LIST, Opcode.BUILD_TUPLE, Opcode.BUILD_MAP, Opcode.BUILD_SET,
                Opcode.BUILD_STRING, Opcode.FORMAT_VALUE, Opcode.GET_ITER, Opcode.CALL_FUNCTION_EX,
                Opcode.BEFORE_WITH, Opcode.UNPACK_SEQUENCE);
        set(40_000, Opcode.MAKE_FUNCTION, Opcode.RAISE_VARARGS, Opcode.PUSH_EXC_INFO);
        set(200_000, Opcode.LOAD_BUILD_CLASS);
        set(1_000_000, Opcode.IMPORT_NAME, Opcode.IMPORT_FROM, Opcode.IMPORT_STAR);
        for (Opcode op : Set.of(Opcode.LOAD_FAST, Opcode.LOAD_CONST, Opcode.STORE_FAST, Opcode.POP_TOP, Opcode.NOP,
                Opcode.COPY, Opcode.SWAP, Opcode.PUSH_NULL)) {
            FAST_DISPATCH_39[op.ordinal()] = true;
        }
        for (Opcode op : EnumSet.of(Opcode.BEFORE_WITH, Opcode.SEND, Opcode.BEFORE_ASYNC_WITH)) {
            NO_CHECK_BEFORE_39[op.ordinal()] = true;
        }
    }

    private static void set(long ps, Opcode... ops) {
        for (Opcode op : ops) {
            COST_PS[op.ordinal()] = ps;
        }
    }

    static long costPs(Opcode op) {
        return COST_PS[op.ordinal()];
    }

    /** True when CPython 3.9 checks the eval breaker before {@code next}, given the previous instruction. */
    static boolean checksBefore39(Opcode previous, Opcode next) {
        return (previous == null || !FAST_DISPATCH_39[previous.ordinal()]) && !NO_CHECK_BEFORE_39[next.ordinal()];
    }
}
