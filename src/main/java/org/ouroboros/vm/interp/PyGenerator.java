package org.ouroboros.vm.interp;

import static org.ouroboros.vm.object.PyConstants.NONE;

import org.ouroboros.vm.code.Opcode;
import org.ouroboros.vm.object.Attributes;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyFunction;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/**
 * A generator or coroutine: a suspended heap frame. Each {@code send}/{@code throw} re-enters
 * the interpreter loop on that frame until the next YIELD_VALUE or the return.
 */
public final class PyGenerator extends PyObject {
    private final Frame frame;
    private final String name;
    private final String qualname;
    private boolean started;
    private boolean running;
    private boolean finished;
    /** Set by YIELD_VALUE: the last run of the frame suspended rather than returned. */
    boolean yielded;
    private PyObject returnValue;
    private PyBaseException savedHandled;
    /** How the next resume was asked for, for the trace ("next" or "send"). */
    private String via = GeneratorTrace.SEND;
    /** Async generators only: an asend/athrow awaitable is driving it (CPython's ag_running_async). */
    boolean runningAsync;
    /** Async generators only: it ended by StopAsyncIteration/GeneratorExit or aclose() began (ag_closed). */
    boolean closedAsync;
    /** Async generators only: the firstiter hook has seen it (CPython's ag_hooks_inited). */
    boolean hooksInitialized;

    PyGenerator(Frame frame, PyType type, PyFunction func) {
        super(type);
        this.frame = frame;
        this.name = func.name();
        this.qualname = func.qualname();
        frame.generator = this;
        if (type == Types.COROUTINE) {
            UnawaitedCoroutines.created(this);
        }
    }

    public boolean isCoroutine() {
        return type() == Types.COROUTINE;
    }

    public boolean isAsyncGenerator() {
        return type() == Types.ASYNC_GENERATOR;
    }

    /** {@code ag_running}: an asend/athrow awaitable is driving this async generator. */
    public boolean runningAsync() {
        return runningAsync;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    public boolean running() {
        return running;
    }

    public boolean finished() {
        return finished;
    }

    public boolean started() {
        return started;
    }

    /** The code object the generator runs ({@code gi_code}), also after it finished. */
    public org.ouroboros.vm.code.CodeObject code() {
        return frame.code();
    }

    /** The iterator a suspended {@code yield from}/{@code await} waits on ({@code gi_yieldfrom}, {@code cr_await}), or null. */
    public PyObject yieldFrom() {
        return running ? null : delegate();
    }

    /** The frame while the generator can still run ({@code gi_frame}), else null. */
    public Frame frame() {
        return finished ? null : frame;
    }

    private String kind() {
        return isCoroutine() ? "coroutine" : isAsyncGenerator() ? "async generator" : "generator";
    }

    /** {@code gen.send(value)}: the next yielded value; StopIteration(return value) when it returns. */
    public PyObject send(PyObject value) {
        if (finished) {
            if (isCoroutine()) {
                throw PyExc.runtimeError("cannot reuse already awaited coroutine");
            }
            throw PyExc.stopIteration(null);
        }
        if (!started && value != NONE) {
            throw PyExc.typeError("can't send non-None value to a just-started " + kind());
        }
        PyObject r = resume(value, null);
        if (r == null) {
            throw stopWith(returnValue);
        }
        return r;
    }

    /** {@code gen.__next__()}: {@link #send} of None, recorded as a next. */
    public PyObject sendNext() {
        via = GeneratorTrace.NEXT;
        return send(NONE);
    }

    /** {@code next(gen)} for loops: the yielded value, or null when the generator returned. */
    public PyObject next() {
        if (finished) {
            return null;
        }
        via = GeneratorTrace.NEXT;
        return resume(NONE, null);
    }

    /** {@code gen.throw(exc)}: raises {@code exc} at the suspended yield (delegating through yield from). */
    public PyObject throwInto(PyBaseException exc) {
        if (running) {
            throw PyExc.valueError(kind() + " already executing");
        }
        PyObject delegate = delegate();
        if (delegate != null) {
            PyObject r = throwIntoDelegate(delegate, exc);
            if (r != null) {
                return r;
            }
            if (returnValue != null) {
                PyObject v = returnValue;
                returnValue = null;
                return finishOrStop(resumeAfterDelegate(v));
            }
            exc = pendingFromDelegate;
            pendingFromDelegate = null;
        }
        if (finished || !started) {
            if (!started && isCoroutine()) {
                // Thrown into before its first step (a task cancelled early): closed, never "un-awaited".
                UnawaitedCoroutines.settled(this);
            }
            finished = true;
            exc.markChainedOnRaise(false);
            throw new PyException(exc);
        }
        exc.markChainedOnRaise(false);
        return finishOrStop(resume(null, new PyException(exc)));
    }

    private PyBaseException pendingFromDelegate;

    /** Throws into the iterator a {@code yield from}/{@code await} is waiting on; null when it did not yield. */
    private PyObject throwIntoDelegate(PyObject delegate, PyBaseException exc) {
        try {
            running = true;
            if (exc.type().isSubtype(PyExc.GENERATOR_EXIT)) {
                closeIterator(delegate);
                pendingFromDelegate = exc;
                return null;
            }
            PyObject yielded;
            if (delegate instanceof PyGenerator g) {
                yielded = g.throwInto(exc);
            } else {
                PyObject thrower = Attributes.getOrNull(delegate, "throw");
                if (thrower == null) {
                    pendingFromDelegate = exc;
                    return null;
                }
                yielded = thrower.call(exc.type(), exc);
            }
            return yielded;
        } catch (PyException e) {
            if (e.matches(PyExc.STOP_ITERATION)) {
                PyBaseException si = e.value();
                returnValue = si.args().size() > 0 ? si.args().get(0) : NONE;
                return null;
            }
            pendingFromDelegate = e.value();
            frame.pop();
            return null;
        } finally {
            running = false;
        }
    }

    /** The delegate finished with a value: continue after the SEND loop with that value. */
    private PyObject resumeAfterDelegate(PyObject value) {
        int send = frame.lasti - 1;
        frame.pop();
        frame.pc = frame.instructions[send].arg();
        return resume(value, null); // resume pushes the value for the instruction after the SEND loop
    }

    private PyObject finishOrStop(PyObject r) {
        if (r == null) {
            throw stopWith(returnValue);
        }
        return r;
    }

    /** {@code gen.close()}: raises GeneratorExit inside; a yield in response is a RuntimeError. */
    public void close() {
        if (!started && isCoroutine()) {
            UnawaitedCoroutines.settled(this);
        }
        if (finished || !started) {
            if (!finished) {
                GeneratorTrace.closed(this);
            }
            finished = true;
            return;
        }
        try {
            PyObject r = throwInto(PyExc.instance(PyExc.GENERATOR_EXIT));
            if (r != null) {
                throw PyExc.runtimeError(kind() + " ignored GeneratorExit");
            }
            GeneratorTrace.closed(this);
        } catch (PyException e) {
            if (e.matches(PyExc.GENERATOR_EXIT) || e.matches(PyExc.STOP_ITERATION)) {
                GeneratorTrace.closed(this);
                return;
            }
            throw e;
        }
    }

    static void closeIterator(PyObject it) {
        if (it instanceof PyGenerator g) {
            g.close();
            return;
        }
        PyObject close = Attributes.getOrNull(it, "close");
        if (close != null) {
            close.call();
        }
    }

    /** The iterator a suspended {@code yield from}/{@code await} delegates to, or null. */
    private PyObject delegate() {
        if (!started || finished || frame.lasti < 1) {
            return null;
        }
        if (frame.instructions[frame.lasti].opcode() == Opcode.YIELD_VALUE
                && frame.instructions[frame.lasti - 1].opcode() == Opcode.SEND) {
            return frame.top();
        }
        return null;
    }

    /**
     * Runs the frame: pushes {@code value} (the result of the suspended yield) or raises
     * {@code pending} there. Returns the yielded value, or null after a return (see returnValue).
     */
    private PyObject resume(PyObject value, PyException pending) {
        if (running) {
            throw PyExc.valueError(kind() + " already executing");
        }
        ThreadState ts = ThreadState.current();
        if (ts.coarse()) {
            GeneratorTrace.resumed(ts, this, via, value, pending);
        }
        via = GeneratorTrace.SEND;
        if (pending == null) {
            frame.push(value);
        }
        running = true;
        if (!started && isCoroutine()) {
            UnawaitedCoroutines.settled(this);
        }
        started = true;
        yielded = false;
        PyBaseException outer = ts.handled;
        ts.handled = savedHandled;
        try {
            PyObject r = Interpreter.execute(ts, frame, pending);
            if (yielded) {
                if (ts.coarse()) {
                    GeneratorTrace.suspended(ts, this, frame, r);
                }
                return r;
            }
            finished = true;
            returnValue = r;
            if (ts.coarse()) {
                GeneratorTrace.returned(ts, this, frame, r);
            }
            return null;
        } catch (PyException e) {
            finished = true;
            if (ts.coarse()) {
                GeneratorTrace.raised(ts, this, frame, e.value());
            }
            if (e.matches(PyExc.STOP_ITERATION)) {
                PyException re = PyExc.runtimeError(kind() + " raised StopIteration");
                re.value().setCause(e.value());
                re.value().setContext(e.value());
                throw re;
            }
            if (e.matches(PyExc.STOP_ASYNC_ITERATION) && isAsyncGenerator()) {
                PyException re = PyExc.runtimeError("async generator raised StopAsyncIteration");
                re.value().setCause(e.value());
                re.value().setContext(e.value());
                throw re;
            }
            throw e;
        } finally {
            running = false;
            savedHandled = ts.handled;
            ts.handled = outer;
        }
    }

    private static PyException stopWith(PyObject value) {
        return PyExc.stopIteration(value == null || value == NONE ? null : value);
    }

    public String reprText() {
        return "<" + type().name() + " object " + qualname + " at " + Ops.address(this) + ">";
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public boolean equals(Object o) {
        return o == this;
    }
}
