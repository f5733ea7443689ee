package org.ouroboros.vm.module.asyncio;

import static org.ouroboros.vm.object.PyConstants.NONE;

import org.ouroboros.trace.AioEvent;
import org.ouroboros.vm.interp.PyGenerator;
import org.ouroboros.vm.object.Attributes;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyBuiltinFunction;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;

/**
 * {@code asyncio.Task}: drives a coroutine on the loop, one {@code send(None)}/{@code throw(exc)}
 * per step (CPython's {@code Task.__step}). A yielded future gets the task's wake-up callback; a
 * bare yield reschedules the next step with {@code call_soon}; cancelling throws CancelledError
 * into the coroutine at its await.
 */
final class PyTask extends PyFuture {
    PyObject coro;
    String name;
    boolean mustCancel;
    PyFuture futWaiter;
    int numCancelsRequested;

    PyTask(PyType type) {
        super(type);
    }

    /** Binds the task to its loop and schedules its first step (what Task.__init__ does). */
    void start(PyLoop loop, PyObject coro, String name) {
        this.loop = loop;
        this.coro = coro;
        this.name = name;
        loop.state().registerTask(this);
        if (loop.core().tracing()) {
            loop.core().emit(new AioEvent.TaskCreated(loop.core().id(), traceId(), name, Describe.coroutine(coro)));
        }
        scheduleStep(null);
    }

    void scheduleStep(PyBaseException exc) {
        loop.core().callSoon(() -> step(exc), () -> "Task.task_step(" + reprText() + ")");
    }

    /** {@code Task.cancel(msg)}: cancels what it waits on, or throws CancelledError in at the next step. */
    boolean cancelTask(PyObject msg) {
        logTraceback = false;
        if (done()) {
            return false;
        }
        numCancelsRequested++;
        if (futWaiter != null && futWaiter.cancelVirtual(msg)) {
            return true;
        }
        mustCancel = true;
        cancelMessage = msg;
        return true;
    }

    private void step(PyBaseException excIn) {
        if (done()) {
            throw invalidState("_step(): already done: " + reprText() + ", " + (excIn == null ? "None" : Describe.safeRepr(excIn)));
        }
        PyBaseException exc = excIn;
        if (mustCancel) {
            if (exc == null || !exc.type().isSubtype(AsyncioExceptions.CANCELLED_ERROR)) {
                exc = makeCancelledError();
            }
            mustCancel = false;
        }
        futWaiter = null;
        PyTask previous = loop.currentTask;
        loop.currentTask = this;
        try {
            PyObject yielded;
            try {
                yielded = exc == null ? send() : throwIn(exc);
            } catch (PyException e) {
                finishWith(e, exc);
                return;
            }
            handleYield(yielded, exc);
        } finally {
            loop.currentTask = previous;
        }
    }

    private PyObject send() {
        if (coro instanceof PyGenerator g) {
            return g.send(NONE);
        }
        return Attributes.get(coro, "send").call(NONE);
    }

    private PyObject throwIn(PyBaseException exc) {
        if (coro instanceof PyGenerator g) {
            return g.throwInto(exc);
        }
        return Attributes.get(coro, "throw").call(exc);
    }

    private void finishWith(PyException e, PyBaseException thrown) {
        PyBaseException v = e.value();
        if (e.matches(PyExc.STOP_ITERATION)) {
            PyObject value = v.args().size() > 0 ? v.args().get(0) : NONE;
            if (mustCancel) {
                mustCancel = false;
                traceStep(thrown, "CANCELLED", "");
                cancel(cancelMessage);
            } else {
                traceStep(thrown, "RETURNED", Describe.shortRepr(value));
                setResult(value);
            }
        } else if (e.matches(AsyncioExceptions.CANCELLED_ERROR)) {
            cancelledExc = v;
            traceStep(thrown, "CANCELLED", "");
            cancel(NONE);
        } else if (e.matches(PyExc.KEYBOARD_INTERRUPT) || e.matches(PyExc.SYSTEM_EXIT)) {
            traceStep(thrown, "RAISED", v.type().name());
            setException(v);
            loop.state().unregisterTask(this);
            throw e;
        } else {
            traceStep(thrown, "RAISED", org.ouroboros.vm.interp.Exceptions.lastLine(v));
            setException(v);
        }
        loop.state().unregisterTask(this);
    }

    private void handleYield(PyObject result, PyBaseException thrown) {
        if (result instanceof PyFuture f) {
            if (f.loop != loop) {
                scheduleStep(PyExc.instance(PyExc.RUNTIME_ERROR, new PyStr("Task " + reprText() + " got Future "
                        + f.reprText() + " attached to a different loop")));
            } else if (f.blocking) {
                if (f == this) {
                    scheduleStep(PyExc.instance(PyExc.RUNTIME_ERROR, new PyStr("Task cannot await on itself: " + reprText())));
                    return;
                }
                f.blocking = false;
                f.addDoneCallback(new PyBuiltinFunction("Task.task_wakeup", this, (self, args, kw) -> {
                    wakeup((PyFuture) args[0]);
                    return NONE;
                }, null));
                futWaiter = f;
                traceStep(thrown, "AWAITING", f.reprText() + " #" + f.traceId(), f.traceId());
                if (mustCancel && futWaiter.cancelVirtual(cancelMessage)) {
                    mustCancel = false;
                }
            } else {
                scheduleStep(PyExc.instance(PyExc.RUNTIME_ERROR, new PyStr("yield was used instead of yield from in task "
                        + reprText() + " with " + f.reprText())));
            }
        } else if (result == NONE) {
            traceStep(thrown, "YIELDED", "");
            scheduleStep(null);
        } else if (result instanceof PyGenerator) {
            scheduleStep(PyExc.instance(PyExc.RUNTIME_ERROR, new PyStr("yield was used instead of yield from for generator in task "
                    + reprText() + " with " + Describe.safeRepr(result))));
        } else {
            scheduleStep(PyExc.instance(PyExc.RUNTIME_ERROR, new PyStr("Task got bad yield: " + Describe.safeRepr(result))));
        }
    }

    private void wakeup(PyFuture f) {
        if (f.state == State.FINISHED && f.exception == null) {
            step(null);
            return;
        }
        PyBaseException exc;
        if (f.state == State.CANCELLED) {
            exc = f.makeCancelledError();
        } else {
            exc = f.exception;
            f.logTraceback = false;
        }
        step(exc);
    }

    private void traceStep(PyBaseException thrown, String outcome, String detail) {
        traceStep(thrown, outcome, detail, -1);
    }

    private void traceStep(PyBaseException thrown, String outcome, String detail, long awaited) {
        if (loop.core().tracing()) {
            loop.core().emit(new AioEvent.TaskStepped(loop.core().id(), traceId(), name, Describe.coroutine(coro),
                    thrown == null ? "" : thrown.type().name(), outcome, detail, awaited));
        }
    }

    @Override
    String reprText() {
        StringBuilder sb = new StringBuilder("<").append(type().name()).append(' ');
        String info = reprInfo();
        // asyncio shows "cancelling" once cancel() was requested on a pending task
        if (state == State.PENDING && numCancelsRequested > 0) {
            info = "cancelling" + info.substring("pending".length());
        }
        int cb = info.indexOf(" cb=[");
        String head = cb < 0 ? info : info.substring(0, cb);
        String tail = cb < 0 ? "" : info.substring(cb);
        sb.append(head).append(" name='").append(name).append("' coro=").append(coroRepr());
        if (futWaiter != null) {
            sb.append(" wait_for=").append(futWaiter.reprText());
        }
        return sb.append(tail).append('>').toString();
    }

    private String coroRepr() {
        if (coro instanceof PyGenerator g) {
            var frame = g.frame();
            if (frame != null) {
                return "<" + g.qualname() + "() running at " + frame.code().filename() + ":" + frame.line() + ">";
            }
            return "<" + g.qualname() + "() done>";
        }
        return Describe.safeRepr(coro);
    }
}
