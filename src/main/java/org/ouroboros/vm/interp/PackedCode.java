package org.ouroboros.vm.interp;

import org.ouroboros.vm.code.Instruction;
import org.ouroboros.vm.code.Opcode;

/**
 * The instructions as one int each ({@code arg << 8 | opcode ordinal}) for the untraced loop:
 * one array load per instruction instead of following an Instruction, its Opcode and a switch
 * map. The {@code OP_*} constants are ordinals the loop can switch on; they are checked against
 * {@link Opcode} when the class loads, so reordering the enum fails loudly instead of silently.
 * An argument too large to pack becomes {@link #OP_UNPACKED}: the loop then reads the Instruction.
 */
final class PackedCode {
    private PackedCode() {}

    static final int OP_POP_TOP = 0;
    static final int OP_PUSH_NULL = 1;
    static final int OP_BINARY_SUBSCR = 7;
    static final int OP_RETURN_VALUE = 30;
    static final int OP_STORE_NAME = 37;
    static final int OP_FOR_ITER = 40;
    static final int OP_STORE_ATTR = 42;
    static final int OP_SWAP = 46;
    static final int OP_LOAD_CONST = 47;
    static final int OP_LOAD_NAME = 48;
    static final int OP_LOAD_ATTR = 53;
    static final int OP_COMPARE_OP = 54;
    static final int OP_JUMP_FORWARD = 57;
    static final int OP_POP_JUMP_FORWARD_IF_FALSE = 60;
    static final int OP_POP_JUMP_FORWARD_IF_TRUE = 61;
    static final int OP_LOAD_GLOBAL = 62;
    static final int OP_IS_OP = 63;
    static final int OP_CONTAINS_OP = 64;
    static final int OP_COPY = 66;
    static final int OP_BINARY_OP = 67;
    static final int OP_LOAD_FAST = 69;
    static final int OP_STORE_FAST = 70;
    static final int OP_LOAD_DEREF = 81;
    static final int OP_JUMP_BACKWARD = 84;
    static final int OP_RESUME = 91;
    static final int OP_LOAD_METHOD = 96;
    static final int OP_CALL = 101;
    static final int OP_POP_JUMP_BACKWARD_IF_FALSE = 105;
    static final int OP_POP_JUMP_BACKWARD_IF_TRUE = 106;
    static final int OP_UNPACKED = 255;
    /** Coarse trace only ({@link #packForLines}): report the line if it changed, then run the instruction. */
    static final int OP_TRACE_LINE = 254;

    /**
     * Pairs run as one step (CPython 3.11's superinstructions, e.g. {@code LOAD_FAST__LOAD_FAST}):
     * the word at i does instructions i and i+1 ({@code lasti} set for each, so errors and
     * tracebacks point at the right one). Instruction i+1 keeps its own word: a jump to it still works.
     * Both arguments are 12 bits: {@code second << 20 | first << 8 | op}.
     */
    static final int OP_LOAD_FAST__LOAD_FAST = 200;
    static final int OP_LOAD_FAST__LOAD_CONST = 201;
    static final int OP_STORE_FAST__LOAD_FAST = 202;
    static final int OP_STORE_FAST__STORE_FAST = 203;
    static final int OP_LOAD_CONST__LOAD_FAST = 204;
    /** {@code for x in ...}: the next item goes straight into the local (no push and pop). */
    static final int OP_FOR_ITER__STORE_FAST = 205;
    /** {@code x = a + b} / {@code x += 1}: the result goes straight into the local. */
    static final int OP_BINARY_OP__STORE_FAST = 206;
    /** {@code x.name} / {@code x.name(...)} on a local: the object is not pushed to be popped again. */
    static final int OP_LOAD_FAST__LOAD_ATTR = 207;
    static final int OP_LOAD_FAST__LOAD_METHOD = 208;
    /** {@code obj.name += v} reads the attribute of the object it copies (COPY n; LOAD_ATTR) ... */
    static final int OP_COPY__LOAD_ATTR = 209;
    /** ... and stores the result under the object it swaps (SWAP 2; STORE_ATTR), without moving either. */
    static final int OP_SWAP2__STORE_ATTR = 210;
    /** A function's first step and its first local read ({@code self} in most methods). */
    static final int OP_RESUME__LOAD_FAST = 211;
    /** {@code a + x} with x a local: the right operand is read in place. */
    static final int OP_LOAD_FAST__BINARY_OP = 212;
    /** {@code return x}. */
    static final int OP_LOAD_FAST__RETURN_VALUE = 213;
    /** A call as a statement: its result is dropped in the same step. */
    static final int OP_CALL__POP_TOP = 214;

    static {
        check(OP_POP_TOP, Opcode.POP_TOP);
        check(OP_PUSH_NULL, Opcode.PUSH_NULL);
        check(OP_BINARY_SUBSCR, Opcode.BINARY_SUBSCR);
        check(OP_RETURN_VALUE, Opcode.RETURN_VALUE);
        check(OP_STORE_NAME, Opcode.STORE_NAME);
        check(OP_FOR_ITER, Opcode.FOR_ITER);
        check(OP_STORE_ATTR, Opcode.STORE_ATTR);
        check(OP_SWAP, Opcode.SWAP);
        check(OP_LOAD_CONST, Opcode.LOAD_CONST);
        check(OP_LOAD_NAME, Opcode.LOAD_NAME);
        check(OP_LOAD_ATTR, Opcode.LOAD_ATTR);
        check(OP_COMPARE_OP, Opcode.COMPARE_OP);
        check(OP_JUMP_FORWARD, Opcode.JUMP_FORWARD);
        check(OP_POP_JUMP_FORWARD_IF_FALSE, Opcode.POP_JUMP_FORWARD_IF_FALSE);
        check(OP_POP_JUMP_FORWARD_IF_TRUE, Opcode.POP_JUMP_FORWARD_IF_TRUE);
        check(OP_LOAD_GLOBAL, Opcode.LOAD_GLOBAL);
        check(OP_IS_OP, Opcode.IS_OP);
        check(OP_CONTAINS_OP, Opcode.CONTAINS_OP);
        check(OP_COPY, Opcode.COPY);
        check(OP_BINARY_OP, Opcode.BINARY_OP);
        check(OP_LOAD_FAST, Opcode.LOAD_FAST);
        check(OP_STORE_FAST, Opcode.STORE_FAST);
        check(OP_LOAD_DEREF, Opcode.LOAD_DEREF);
        check(OP_JUMP_BACKWARD, Opcode.JUMP_BACKWARD);
        check(OP_RESUME, Opcode.RESUME);
        check(OP_LOAD_METHOD, Opcode.LOAD_METHOD);
        check(OP_CALL, Opcode.CALL);
        check(OP_POP_JUMP_BACKWARD_IF_FALSE, Opcode.POP_JUMP_BACKWARD_IF_FALSE);
        check(OP_POP_JUMP_BACKWARD_IF_TRUE, Opcode.POP_JUMP_BACKWARD_IF_TRUE);
        if (Opcode.values().length > OP_LOAD_FAST__LOAD_FAST) {
            throw new IllegalStateException("too many opcodes to pack in a byte");
        }
    }

    private static void check(int constant, Opcode op) {
        if (op.ordinal() != constant) {
            throw new IllegalStateException("PackedCode.OP_" + op + " is " + constant + ", the ordinal is " + op.ordinal());
        }
    }

    private static final int MAX_ARG = (1 << 23) - 1;

    private static final int MAX_PAIR_ARG = (1 << 12) - 1;

    /**
     * The coarse trace's form ({@link Opcodes#runLines}): an instruction where the line can change
     * becomes {@link #OP_TRACE_LINE}, which reports the line and then runs the instruction; the
     * rest are packed as for the untraced loop (pairs only among them). The line can change only
     * where it differs from the previous instruction's, or where control arrives other than by
     * falling through: the first instructions (a generator starts at 1), jump targets and
     * exception handlers.
     */
    static int[] packForLines(org.ouroboros.vm.code.CodeObject co) {
        return pack(co.instructions(), lineMayChange(co));
    }

    /** The instructions where the coarse trace checks the line: where it changes, and where a jump or handler lands. */
    static boolean[] lineMayChange(org.ouroboros.vm.code.CodeObject co) {
        Instruction[] code = co.instructions();
        boolean[] lineMayChange = new boolean[code.length];
        for (int i = 0; i < code.length; i++) {
            if (i < 2 || code[i].line() != code[i - 1].line()) {
                lineMayChange[i] = true;
            }
            if (code[i].opcode().isJump() && code[i].arg() >= 0 && code[i].arg() < code.length) {
                lineMayChange[code[i].arg()] = true;
            }
        }
        for (org.ouroboros.vm.code.ExceptionTableEntry e : co.exceptionTable()) {
            if (e.target() >= 0 && e.target() < code.length) {
                lineMayChange[e.target()] = true;
            }
        }
        return lineMayChange;
    }

    static int[] pack(Instruction[] code) {
        return pack(code, null);
    }

    /**
     * The line form is twice as long: after the words, each instruction's own word (never a pair),
     * which {@link #OP_TRACE_LINE} runs once the line is reported ({@link #ownWord}).
     */
    private static int[] pack(Instruction[] code, boolean[] lineMayChange) {
        int n = code.length;
        int[] packed = new int[lineMayChange != null ? 2 * n : n];
        for (int i = 0; i < n; i++) {
            int arg = code[i].arg();
            int own = arg >= 0 && arg <= MAX_ARG ? arg << 8 | code[i].opcode().ordinal() : OP_UNPACKED;
            if (lineMayChange != null) {
                packed[n + i] = own;
            }
            packed[i] = lineMayChange != null && lineMayChange[i] ? OP_TRACE_LINE : own;
        }
        for (int i = 0; i + 1 < n; i++) {
            if (lineMayChange != null && (lineMayChange[i] || lineMayChange[i + 1])) {
                continue;
            }
            int pair = pairOf(code[i].opcode(), code[i + 1].opcode());
            if (pair == OP_SWAP2__STORE_ATTR && code[i].arg() != 2) {
                pair = 0;
            }
            int a = code[i].arg();
            int b = code[i + 1].arg();
            if (pair != 0 && a >= 0 && a <= MAX_PAIR_ARG && b >= 0 && b <= MAX_PAIR_ARG) {
                packed[i] = b << 20 | a << 8 | pair;
                i++;
            }
        }
        return packed;
    }

    /** In the line form: instruction {@code i}'s own word, for the OP_TRACE_LINE standing in its place. */
    static int ownWord(int[] lineOps, int i) {
        return lineOps[(lineOps.length >> 1) + i];
    }

    private static int pairOf(Opcode first, Opcode second) {
        if (first == Opcode.LOAD_FAST && second == Opcode.LOAD_FAST) {
            return OP_LOAD_FAST__LOAD_FAST;
        }
        if (first == Opcode.LOAD_FAST && second == Opcode.LOAD_CONST) {
            return OP_LOAD_FAST__LOAD_CONST;
        }
        if (first == Opcode.STORE_FAST && second == Opcode.LOAD_FAST) {
            return OP_STORE_FAST__LOAD_FAST;
        }
        if (first == Opcode.STORE_FAST && second == Opcode.STORE_FAST) {
            return OP_STORE_FAST__STORE_FAST;
        }
        if (first == Opcode.LOAD_CONST && second == Opcode.LOAD_FAST) {
            return OP_LOAD_CONST__LOAD_FAST;
        }
        if (first == Opcode.FOR_ITER && second == Opcode.STORE_FAST) {
            return OP_FOR_ITER__STORE_FAST;
        }
        if (first == Opcode.BINARY_OP && second == Opcode.STORE_FAST) {
            return OP_BINARY_OP__STORE_FAST;
        }
        if (first == Opcode.LOAD_FAST && second == Opcode.LOAD_ATTR) {
            return OP_LOAD_FAST__LOAD_ATTR;
        }
        if (first == Opcode.LOAD_FAST && second == Opcode.LOAD_METHOD) {
            return OP_LOAD_FAST__LOAD_METHOD;
        }
        if (first == Opcode.COPY && second == Opcode.LOAD_ATTR) {
            return OP_COPY__LOAD_ATTR;
        }
        if (first == Opcode.SWAP && second == Opcode.STORE_ATTR) {
            return OP_SWAP2__STORE_ATTR;
        }
        if (first == Opcode.RESUME && second == Opcode.LOAD_FAST) {
            return OP_RESUME__LOAD_FAST;
        }
        if (first == Opcode.LOAD_FAST && second == Opcode.BINARY_OP) {
            return OP_LOAD_FAST__BINARY_OP;
        }
        if (first == Opcode.LOAD_FAST && second == Opcode.RETURN_VALUE) {
            return OP_LOAD_FAST__RETURN_VALUE;
        }
        if (first == Opcode.CALL && second == Opcode.POP_TOP) {
            return OP_CALL__POP_TOP;
        }
        return 0;
    }
}
