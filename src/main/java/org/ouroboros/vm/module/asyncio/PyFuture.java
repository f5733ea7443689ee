package org.ouroboros.vm.module.asyncio;

import static org.ouroboros.vm.object.PyConstants.NONE;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.trace.AioEvent;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;

/**
 * {@code asyncio.Future}: a result that will exist later. State PENDING → FINISHED (result or
 * exception) or CANCELLED; done-callbacks are scheduled with {@code call_soon} in the order added.
 */
public class PyFuture extends PyObject {
    enum State { PENDING, CANCELLED, FINISHED }

    PyLoop loop;
    State state = State.PENDING;
    PyObject result;
    PyBaseException exception;
    final List<PyObject> callbacks = new ArrayList<>(2);
    PyObject cancelMessage = NONE;
    PyBaseException cancelledExc;
    /** {@code _asyncio_future_blocking}: set by {@code __await__} when it yields this future to a task. */
    boolean blocking;
    boolean logTraceback;

    PyFuture(PyType type) {
        super(type);
    }

    PyFuture(PyType type, PyLoop loop) {
        super(type);
        this.loop = loop;
    }

    PyLoop loop() {
        return loop;
    }

    public boolean done() {
        return state != State.PENDING;
    }

    public boolean isCancelled() {
        return state == State.CANCELLED;
    }

    private long traceId;

    /** A small id for traces, given on first use (per VM, in order of first appearance). */
    long traceId() {
        if (traceId == 0) {
            traceId = AsyncioState.current().nextFutureId();
        }
        return traceId;
    }

    /** {@code set_result}. */
    void setResult(PyObject value) {
        if (state != State.PENDING) {
            throw invalidState("invalid state");
        }
        result = value;
        state = State.FINISHED;
        scheduleCallbacks();
    }

    /** {@code set_exception}: a class is instantiated; StopIteration is refused as in CPython. */
    void setException(PyObject exc) {
        if (state != State.PENDING) {
            throw invalidState("invalid state");
        }
        if (exc instanceof PyType t) {
            exc = t.call();
        }
        if (!(exc instanceof PyBaseException e)) {
            throw PyExc.typeError("invalid exception object");
        }
        if (e.type().isSubtype(PyExc.STOP_ITERATION)) {
            throw PyExc.typeError("StopIteration interacts badly with generators and cannot be raised into a Future");
        }
        exception = e;
        state = State.FINISHED;
        logTraceback = true;
        scheduleCallbacks();
    }

    /** {@code cancel(msg)}: false when already done. */
    boolean cancel(PyObject msg) {
        logTraceback = false;
        if (state != State.PENDING) {
            return false;
        }
        state = State.CANCELLED;
        cancelMessage = msg;
        scheduleCallbacks();
        return true;
    }

    /**
     * {@code fut.cancel(msg=msg)} as asyncio calls it: through Python when a subclass overrides
     * cancel (gather's future does), directly otherwise.
     */
    boolean cancelVirtual(PyObject msg) {
        PyObject m = type().lookup("cancel");
        if (m instanceof org.ouroboros.vm.object.PyMethodDescriptor) {
            return this instanceof PyTask t ? t.cancelTask(msg) : cancel(msg);
        }
        return Ops.truthy(org.ouroboros.vm.object.Calls.callMethod(m, this, new PyObject[] {msg}, new String[] {"msg"}));
    }

    /** {@code result()}: the value, or raises the exception / CancelledError / InvalidStateError. */
    PyObject resultOrRaise() {
        if (state == State.CANCELLED) {
            throw new PyException(makeCancelledError());
        }
        if (state != State.FINISHED) {
            throw invalidState("Result is not set.");
        }
        logTraceback = false;
        if (exception != null) {
            throw new PyException(exception);
        }
        return result;
    }

    /** {@code exception()}. */
    PyObject exceptionOrRaise() {
        if (state == State.CANCELLED) {
            throw new PyException(makeCancelledError());
        }
        if (state != State.FINISHED) {
            throw invalidState("Exception is not set.");
        }
        logTraceback = false;
        return exception == null ? NONE : exception;
    }

    PyBaseException makeCancelledError() {
        if (cancelledExc != null) {
            PyBaseException e = cancelledExc;
            cancelledExc = null;
            return e;
        }
        return cancelMessage == NONE
                ? org.ouroboros.vm.object.PyExc.instance(AsyncioExceptions.CANCELLED_ERROR)
                : org.ouroboros.vm.object.PyExc.instance(AsyncioExceptions.CANCELLED_ERROR, cancelMessage);
    }

    void addDoneCallback(PyObject fn) {
        if (state != State.PENDING) {
            loop.callSoonPython(fn, new PyObject[] {this});
        } else {
            callbacks.add(fn);
            traceState();
        }
    }

    int removeDoneCallback(PyObject fn) {
        int before = callbacks.size();
        callbacks.removeIf(cb -> cb == fn || Ops.eqBool(cb, fn));
        int removed = before - callbacks.size();
        if (removed > 0) {
            traceState();
        }
        return removed;
    }

    private void scheduleCallbacks() {
        traceState();
        List<PyObject> cbs = new ArrayList<>(callbacks);
        callbacks.clear();
        for (PyObject cb : cbs) {
            loop.callSoonPython(cb, new PyObject[] {this});
        }
    }

    void traceState() {
        if (loop != null && loop.core().tracing()) {
            List<String> cbs = new ArrayList<>(callbacks.size());
            for (PyObject cb : callbacks) {
                cbs.add(Describe.callable(cb));
            }
            loop.core().emit(new AioEvent.FutureStateChanged(loop.core().id(), traceId(), reprText(), state.name(), cbs));
        }
    }

    static PyException invalidState(String message) {
        return new PyException(org.ouroboros.vm.object.PyExc.instance(AsyncioExceptions.INVALID_STATE_ERROR,
                new PyStr(message)));
    }

    /** {@code <Future pending cb=[...]>}, {@code <Future finished result=3>}, … as asyncio's reprs. */
    String reprText() {
        return "<" + type().name() + " " + reprInfo() + ">";
    }

    String reprInfo() {
        StringBuilder sb = new StringBuilder(state.name().toLowerCase(java.util.Locale.ROOT));
        if (state == State.FINISHED) {
            if (exception != null) {
                sb.append(" exception=").append(Describe.safeRepr(exception));
            } else {
                sb.append(" result=").append(Describe.shortRepr(result));
            }
        }
        if (!callbacks.isEmpty()) {
            sb.append(" cb=[");
            int n = callbacks.size();
            if (n <= 2) {
                for (int i = 0; i < n; i++) {
                    sb.append(i > 0 ? ", " : "").append(Describe.callbackText(callbacks.get(i)));
                }
            } else {
                sb.append(Describe.callbackText(callbacks.get(0))).append(", <").append(n - 2)
                        .append(" more>, ").append(Describe.callbackText(callbacks.get(n - 1)));
            }
            sb.append(']');
        }
        return sb.toString();
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
