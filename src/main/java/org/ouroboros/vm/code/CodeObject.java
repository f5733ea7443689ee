package org.ouroboros.vm.code;

import java.util.List;

/**
 * A compiled body, as CPython's {@code code} object. Differences from CPython 3.11, on purpose:
 * instructions are a list of {@link Instruction} (one slot each, no CACHE entries), jump targets
 * and exception-table bounds are instruction indices (not byte offsets), and constants are VM
 * objects or nested CodeObjects.
 */
public record CodeObject(
        String name,
        String qualname,
        String filename,
        int firstlineno,
        Instruction[] instructions,
        Object[] consts,
        String[] names,
        String[] varnames,
        String[] cellvars,
        String[] freevars,
        int argcount,
        int posonlyargcount,
        int kwonlyargcount,
        int flags,
        List<ExceptionTableEntry> exceptionTable,
        int stacksize) {

    public static final int CO_OPTIMIZED = 0x1;
    public static final int CO_NEWLOCALS = 0x2;
    public static final int CO_VARARGS = 0x4;
    public static final int CO_VARKEYWORDS = 0x8;
    public static final int CO_NESTED = 0x10;
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_NOFREE = 0x40;
    public static final int CO_COROUTINE = 0x80;
    public static final int CO_ITERABLE_COROUTINE = 0x100;
    public static final int CO_ASYNC_GENERATOR = 0x200;

    /** Where a generator's frame starts: after RETURN_GENERATOR, which calling the function performs. */
    public int generatorEntry() {
        for (int i = 0; i < instructions.length; i++) {
            if (instructions[i].opcode() == Opcode.RETURN_GENERATOR) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The same code with other flags ({@code types.coroutine} marks a generator as awaitable). */
    public CodeObject withFlags(int newFlags) {
        return new CodeObject(name, qualname, filename, firstlineno, instructions, consts, names, varnames, cellvars,
                freevars, argcount, posonlyargcount, kwonlyargcount, newFlags, exceptionTable, stacksize);
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** The filename prefix of the VM's own Python-source modules (threading, queue, asyncio's helpers, …). */
    public static final String LIBRARY_PREFIX = "<frozen ";

    /**
     * Code of a bundled library module: the views follow the learner's program, so its frames emit
     * no line events (their line numbers are not lines of the program's file) and no exception
     * events of their own (an exception that escapes into user code is recorded there). Their
     * frames are still entered and exited in the trace: the thread views tell the program's
     * locks from threading's own by them.
     */
    public boolean library() {
        return filename.startsWith(LIBRARY_PREFIX);
    }

    /** Number of local slots: varnames, then cellvars, then freevars (CPython's "localsplus"). */
    public int nlocalsplus() {
        return varnames.length + cellvars.length + freevars.length;
    }

    /** The handler covering the instruction at {@code index}, or null. */
    public ExceptionTableEntry handlerFor(int index) {
        for (ExceptionTableEntry e : exceptionTable) {
            if (e.covers(index)) {
                return e;
            }
        }
        return null;
    }
}
