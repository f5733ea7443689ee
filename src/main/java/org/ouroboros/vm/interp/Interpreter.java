package org.ouroboros.vm.interp;

import static org.ouroboros.vm.object.PyConstants.NONE;

import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.vm.VmLimitExceeded;
import org.ouroboros.vm.code.CodeObject;
import org.ouroboros.vm.code.ExceptionTableEntry;
import org.ouroboros.vm.code.Instruction;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyObject;

/**
 * Runs frames. {@link #execute} is the whole loop: fetch, dispatch to the method named after
 * the opcode (in {@link Opcodes}), and on a Python exception consult the exception table.
 * A Python call is a Java call: the callee frame runs to completion inside the caller's CALL.
 */
public final class Interpreter {
    private Interpreter() {}

    /** Signals that the frame suspended (YIELD_VALUE) rather than returned. */
    static final PyObject YIELDED = new PyObject(null);

    /**
     * Runs {@code f} from its current instruction until it returns or yields; the value returned
     * (or yielded, with {@code f.generator.suspended} set) is the result.
     */
    static PyObject execute(ThreadState ts, Frame f) {
        return execute(ts, f, null);
    }

    /** As {@link #execute(ThreadState, Frame)}, but first raises {@code pending} at the current instruction (generator.throw). */
    static PyObject execute(ThreadState ts, Frame f, PyException pending) {
        enter(ts, f);
        boolean raised = true;
        PyObject result = null;
        try {
            if (pending != null && !unwind(ts, f, pending)) {
                throw pending;
            }
            while (true) {
                try {
                    result = ts.sched != null ? Opcodes.runScheduled(ts, f) // sched hook (branch sched)
                            : ts.coarse() && !f.code.library() ? traced(ts, f) : Opcodes.run(ts, f);
                    raised = false;
                    return result;
                } catch (PyException e) {
                    if (!unwind(ts, f, e)) {
                        throw e;
                    }
                } catch (org.ouroboros.vm.VmLimitExceeded | org.ouroboros.vm.InternalVmError e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new org.ouroboros.vm.InternalVmError(e, f.code.filename(), f.line());
                } catch (StackOverflowError e) {
                    PyException re = PyExc.raise(PyExc.RECURSION_ERROR, "maximum recursion depth exceeded");
                    if (!unwind(ts, f, re)) {
                        throw re;
                    }
                }
            }
        } finally {
            leave(ts, f, raised, result);
        }
    }

    private static PyObject traced(ThreadState ts, Frame f) {
        return ts.fine() || ts.objectEvents() ? Opcodes.runTraced(ts, f) : Opcodes.runLines(ts, f);
    }

    // enter/leave run on every call: the rare parts are separate methods so these stay small enough to inline.
    private static void enter(ThreadState ts, Frame f) {
        f.back = ts.frame;
        ts.frame = f;
        if (++ts.depth > ts.vm().recursionLimit()) {
            throw tooDeep(ts, f);
        }
        if (ts.coarse()) {
            traceEnter(ts, f);
        }
    }

    private static PyException tooDeep(ThreadState ts, Frame f) {
        ts.depth--;
        ts.frame = f.back;
        return PyExc.raise(PyExc.RECURSION_ERROR, "maximum recursion depth exceeded");
    }

    private static void traceEnter(ThreadState ts, Frame f) {
        int depth = ts.depth - 1;
        int line = f.lasti < 0 ? Math.max(1, f.code.firstlineno()) : f.line();
        ExecutionEvent.FrameEntered e = f.enteredEvent;
        // Events are values: a reused frame (the same call again at the same depth) re-sends its last one.
        if (e == null || e.depth() != depth || e.line() != line || e.thread() != ts.threadId()) {
            e = new ExecutionEvent.FrameEntered(ts.threadId(), f.code.qualname(), depth, line);
            f.enteredEvent = e;
        }
        ts.emit(e);
    }

    private static void leave(ThreadState ts, Frame f, boolean raised, PyObject result) {
        ts.depth--;
        ts.frame = f.back;
        f.back = null;
        if (ts.coarse()) {
            traceLeave(ts, f, raised, result);
        }
    }

    private static void traceLeave(ThreadState ts, Frame f, boolean raised, PyObject result) {
        String value = raised || result == null || result == YIELDED ? "" : ts.safeRepr(result);
        ExecutionEvent.FrameExited e = f.exitedEvent;
        if (e == null || e.depth() != ts.depth || !e.valueRepr().equals(value) || e.raised() != raised
                || e.thread() != ts.threadId()) {
            e = new ExecutionEvent.FrameExited(ts.threadId(), f.code.qualname(), ts.depth, value, raised);
            f.exitedEvent = e;
        }
        ts.emit(e);
    }

    /**
     * CPython's exception_unwind: record the traceback entry, chain {@code __context__}, then find
     * the handler covering the failing instruction. False when the frame has no handler.
     */
    private static boolean unwind(ThreadState ts, Frame f, PyException e) {
        PyBaseException exc = e.value();
        Instruction at = f.currentInstruction();
        boolean reraise = f.reraising;
        f.reraising = false;
        if (!reraise) {
            if (at != null) {
                exc.addTraceback(new PyBaseException.TracebackEntry(f.code.filename(), at.line(), f.code.name(),
                        at.col(), at.endLine(), at.endCol()));
            }
            Exceptions.chainContext(ts, exc);
            if (ts.coarse() && !f.code.library()) {
                ts.emit(new ExecutionEvent.ExceptionRaised(ts.threadId(), exc.type().name(),
                        ts.safeExceptionStr(exc), f.line()));
            }
        }
        ExceptionTableEntry handler = f.code.handlerFor(f.lasti);
        if (handler == null) {
            return false;
        }
        while (f.sp > handler.depth()) {
            f.pop();
        }
        if (handler.lasti()) {
            f.push(PyInt.of(f.lasti));
        }
        f.push(exc);
        f.pc = handler.target();
        return true;
    }

    /** Counts a tick at an eval-breaker check point and lets the scheduler in. */
    static void checkpoint(ThreadState ts, Frame f) {
        if (++ts.ticks > ts.stepBudget || ts.vm().cancelled()) {
            ts.vm().tick(ts);
        }
        if (ts.breaker != null) {
            ts.breaker.check(ts, f);
        }
        if (ts.sched != null) { // sched hook (branch sched): the GIL may be dropped here
            ts.sched.checkPoint(ts, f, f.lasti, f.currentInstruction());
        }
    }

    /** Runs a fresh non-generator frame for a code object (module bodies, class bodies). */
    public static PyObject run(CodeObject code, org.ouroboros.vm.object.PyDict globals, PyObject locals) {
        ThreadState ts = ThreadState.current();
        Frame f = new Frame(code, globals, ts.vm().builtinsDict(), locals, null);
        return execute(ts, f);
    }

    /** Runs a class body with {@code ns} as its namespace; returns what the body returns (the __class__ cell or None). */
    public static PyObject runClassBody(org.ouroboros.vm.object.PyFunction body, PyObject ns) {
        ThreadState ts = ThreadState.current();
        Frame f = new Frame(body.code(), body.globals(), ts.vm().builtinsDict(), ns, body);
        FunctionCall.setUpCells(f, body);
        return execute(ts, f);
    }

    /** {@code locals()} inside a function: a snapshot dict of the bound fast locals and cells. */
    public static org.ouroboros.vm.object.PyDict localsOf(Frame f) {
        org.ouroboros.vm.object.PyDict d = new org.ouroboros.vm.object.PyDict();
        String[] names = f.code.varnames();
        for (int i = 0; i < names.length; i++) {
            if (f.fast[i] != null) {
                d.put(names[i], f.fast[i]);
            }
        }
        for (int i = 0; i < f.cells.length; i++) {
            if (f.cells[i] != null && f.cells[i].get() != null) {
                String n = i < f.code.cellvars().length ? f.code.cellvars()[i] : f.code.freevars()[i - f.code.cellvars().length];
                d.put(n, f.cells[i].get());
            }
        }
        return d;
    }

    static VmLimitExceeded limit(String message) {
        return new VmLimitExceeded(message);
    }
}
