package org.ouroboros.vm.interp;

import static org.ouroboros.vm.object.PyConstants.NONE;

import java.util.function.Supplier;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.Types;

/**
 * The awaitables an async generator hands out: {@code __anext__()}/{@code asend(v)} (CPython's
 * {@code async_generator_asend}) and {@code athrow(...)}/{@code aclose()} ({@code async_generator_athrow}).
 * Awaiting one runs the generator's frame: a value it yields with {@code yield} (marked by
 * ASYNC_GEN_WRAP) ends the await as {@code StopIteration(value)}; anything else it yields comes
 * from an {@code await} inside it and passes through to whoever drives the outer coroutine.
 */
public final class AsyncGenAwaitable extends PyObject {
    private enum Mode { ASEND, ATHROW, ACLOSE }

    private enum State { INIT, ITER, CLOSED }

    private final PyGenerator gen;
    private final Mode mode;
    private final PyObject sendValue;
    private final Supplier<PyBaseException> thrown;
    private State state = State.INIT;

    private AsyncGenAwaitable(PyGenerator gen, Mode mode, PyObject sendValue, Supplier<PyBaseException> thrown) {
        super(mode == Mode.ASEND ? Types.ASYNC_GENERATOR_ASEND : Types.ASYNC_GENERATOR_ATHROW);
        this.gen = gen;
        this.mode = mode;
        this.sendValue = sendValue;
        this.thrown = thrown;
    }

    /** {@code agen.__anext__()} (value None) or {@code agen.asend(value)}. */
    public static AsyncGenAwaitable asend(PyGenerator gen, PyObject value) {
        AsyncGenHooks.firstIteration(gen);
        return new AsyncGenAwaitable(gen, Mode.ASEND, value, null);
    }

    /** {@code agen.athrow(...)}: the exception is made when the awaitable first runs, as CPython does. */
    public static AsyncGenAwaitable athrow(PyGenerator gen, Supplier<PyBaseException> exception) {
        AsyncGenHooks.firstIteration(gen);
        return new AsyncGenAwaitable(gen, Mode.ATHROW, NONE, exception);
    }

    /** {@code agen.aclose()}. */
    public static AsyncGenAwaitable aclose(PyGenerator gen) {
        AsyncGenHooks.firstIteration(gen);
        return new AsyncGenAwaitable(gen, Mode.ACLOSE, NONE, null);
    }

    /** The value {@code yield} produced, marked so the awaitable can tell it from an awaited future. */
    public static PyObject wrap(PyObject value) {
        return new Wrapped(value);
    }

    private static final class Wrapped extends PyObject {
        final PyObject value;

        Wrapped(PyObject value) {
            super(Types.ASYNC_GENERATOR_WRAPPED_VALUE);
            this.value = value;
        }
    }

    /** {@code send(arg)}, also {@code __next__} with None. */
    public PyObject send(PyObject arg) {
        return mode == Mode.ASEND ? asendSend(arg) : athrowSend(arg);
    }

    /** {@code throw(exc)}: raises {@code exc} inside the generator at its suspended point. */
    public PyObject throwInto(PyBaseException exc) {
        if (state == State.CLOSED) {
            throw PyExc.runtimeError(reuseMessage());
        }
        if (mode == Mode.ASEND) {
            return closeOnEnd(() -> unwrap(() -> gen.throwInto(exc)));
        }
        if (mode == Mode.ATHROW) {
            return unwrap(() -> gen.throwInto(exc));
        }
        PyObject r;
        try {
            r = gen.throwInto(exc);
        } catch (PyException e) {
            if (isEndOfGenerator(e)) {
                throw PyExc.stopIteration(null);
            }
            throw e;
        }
        if (r instanceof Wrapped) {
            gen.runningAsync = false;
            state = State.CLOSED;
            throw PyExc.runtimeError("async generator ignored GeneratorExit");
        }
        return r;
    }

    /** {@code close()}: this awaitable can no longer be used; the generator is untouched. */
    public void close() {
        state = State.CLOSED;
    }

    private String reuseMessage() {
        return mode == Mode.ASEND ? "cannot reuse already awaited __anext__()/asend()"
                : "cannot reuse already awaited aclose()/athrow()";
    }

    private PyObject asendSend(PyObject arg) {
        if (state == State.CLOSED) {
            throw PyExc.runtimeError(reuseMessage());
        }
        if (state == State.INIT) {
            if (gen.runningAsync) {
                throw PyExc.runtimeError("anext(): asynchronous generator is already running");
            }
            if (arg == NONE) {
                arg = sendValue;
            }
            state = State.ITER;
        }
        gen.runningAsync = true;
        PyObject value = arg;
        return closeOnEnd(() -> unwrap(() -> gen.send(value)));
    }

    private PyObject athrowSend(PyObject arg) {
        if (state == State.CLOSED) {
            throw PyExc.runtimeError(reuseMessage());
        }
        if (gen.finished()) {
            state = State.CLOSED;
            throw PyExc.stopIteration(null);
        }
        if (state == State.INIT) {
            if (gen.runningAsync) {
                state = State.CLOSED;
                throw PyExc.runtimeError((mode == Mode.ACLOSE ? "aclose()" : "athrow()")
                        + ": asynchronous generator is already running");
            }
            if (gen.closedAsync) {
                state = State.CLOSED;
                throw new PyException(PyExc.instance(PyExc.STOP_ASYNC_ITERATION));
            }
            if (arg != NONE) {
                throw PyExc.runtimeError("can't send non-None value to a just-started coroutine");
            }
            state = State.ITER;
            gen.runningAsync = true;
            if (mode == Mode.ACLOSE) {
                gen.closedAsync = true;
                return acloseStep(() -> gen.throwInto(PyExc.instance(PyExc.GENERATOR_EXIT)));
            }
            return checkError(() -> unwrap(() -> gen.throwInto(thrown.get())));
        }
        if (mode == Mode.ATHROW) {
            return unwrap(() -> gen.send(arg));
        }
        return acloseStep(() -> gen.send(arg));
    }

    /** One step of aclose(): a real yield means the generator ignored GeneratorExit. */
    private PyObject acloseStep(Supplier<PyObject> step) {
        PyObject r = checkError(step);
        if (r instanceof Wrapped) {
            gen.runningAsync = false;
            state = State.CLOSED;
            throw PyExc.runtimeError("async generator ignored GeneratorExit");
        }
        return r;
    }

    /** CPython's check_error: the await is over; for aclose() the generator's end is a plain StopIteration. */
    private PyObject checkError(Supplier<PyObject> step) {
        try {
            return step.get();
        } catch (PyException e) {
            gen.runningAsync = false;
            state = State.CLOSED;
            if (mode == Mode.ACLOSE && (isEndOfGenerator(e) || e.matches(PyExc.GENERATOR_EXIT))) {
                throw PyExc.stopIteration(null);
            }
            throw e;
        }
    }

    private PyObject closeOnEnd(Supplier<PyObject> step) {
        try {
            return step.get();
        } catch (PyException e) {
            state = State.CLOSED;
            throw e;
        }
    }

    /**
     * CPython's async_gen_unwrap_value: the generator returning becomes StopAsyncIteration (and
     * closes it); a {@code yield}ed value becomes StopIteration(value); other values pass through.
     */
    private PyObject unwrap(Supplier<PyObject> step) {
        PyObject r;
        try {
            r = step.get();
        } catch (PyException e) {
            PyException end = isEndOfGenerator(e) ? new PyException(PyExc.instance(PyExc.STOP_ASYNC_ITERATION)) : e;
            if (end.matches(PyExc.STOP_ASYNC_ITERATION) || end.matches(PyExc.GENERATOR_EXIT)) {
                gen.closedAsync = true;
            }
            gen.runningAsync = false;
            throw end;
        }
        if (r instanceof Wrapped w) {
            gen.runningAsync = false;
            throw PyExc.stopIteration(w.value == NONE ? null : w.value);
        }
        return r;
    }

    /** PyGenerator signals its return (or an exhausted generator) with StopIteration; its body's own becomes RuntimeError. */
    private static boolean isEndOfGenerator(PyException e) {
        return e.matches(PyExc.STOP_ITERATION) || e.matches(PyExc.STOP_ASYNC_ITERATION);
    }
}
