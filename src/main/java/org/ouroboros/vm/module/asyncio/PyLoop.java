package org.ouroboros.vm.module.asyncio;

import static org.ouroboros.vm.object.PyConstants.NONE;

import java.util.LinkedHashSet;
import java.util.Set;
import org.ouroboros.aio.EventLoop;
import org.ouroboros.aio.LoopOptions;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.interp.Exceptions;
import org.ouroboros.vm.interp.PyGenerator;
import org.ouroboros.vm.interp.ThreadState;
import org.ouroboros.vm.object.PyBuiltinFunction;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyObject;

/**
 * The Python {@code asyncio} event loop object ({@code _UnixSelectorEventLoop}): Python semantics
 * (run_until_complete, exception reporting, KeyboardInterrupt) over the {@link EventLoop} core.
 */
final class PyLoop extends PyObject {
    private final AsyncioState state;
    private final EventLoop core;
    final Set<PyTask> pendingTasks = new LinkedHashSet<>();
    PyTask currentTask;
    boolean debug;
    /** The ThreadPoolExecutor made by run_in_executor(None, ...), shut down with the loop. */
    PyObject defaultExecutor;

    PyLoop(AsyncioState state, LoopOptions options) {
        super(LoopType.TYPE);
        this.state = state;
        this.core = new EventLoop(options);
        Vm vm = state.vm();
        // in a run with simulated threads, the loop's select releases the GIL as CPython's does
        core.setBlockingSection(select -> {
            org.ouroboros.sched.Scheduler s = vm.scheduler();
            return s == null ? select.call() : s.blockingRealCall(select);
        });
    }

    AsyncioState state() {
        return state;
    }

    EventLoop core() {
        return core;
    }

    /** {@code call_soon(fn, *args)}: errors in {@code fn} are reported, not raised (except Ctrl+C / exit). */
    org.ouroboros.aio.Handle callSoonPython(PyObject fn, PyObject[] args) {
        return core.callSoon(() -> invoke(fn, args), () -> Describe.call(fn, args));
    }

    void invoke(PyObject fn, PyObject[] args) {
        try {
            fn.call(args);
        } catch (PyException e) {
            if (e.matches(PyExc.KEYBOARD_INTERRUPT) || e.matches(PyExc.SYSTEM_EXIT)) {
                throw e;
            }
            reportCallbackError(Describe.call(fn, args), e.value());
        }
    }

    /** asyncio's default exception handler: logs to stderr and the loop goes on. */
    void reportCallbackError(String description, org.ouroboros.vm.object.PyBaseException exc) {
        Vm vm = state.vm();
        vm.writeErr("Exception in callback " + description + "\nhandle: <Handle " + description + ">\n"
                + Exceptions.format(exc, vm::sourceLines));
    }

    void checkClosed() {
        if (core.isClosed()) {
            throw PyExc.runtimeError("Event loop is closed");
        }
    }

    /** {@code run_forever}: iterations until stop(); Ctrl+C (Vm.interrupt) surfaces after a select. */
    void runForever() {
        checkClosed();
        if (core.isRunning()) {
            throw PyExc.runtimeError("This event loop is already running");
        }
        if (state.runningLoop() != null) {
            throw PyExc.runtimeError("Cannot run the event loop while another loop is running");
        }
        Vm vm = state.vm();
        ThreadState ts = ThreadState.current();
        Runnable waker = core::wakeup;
        vm.addInterruptWaker(waker);
        core.setAfterSelect(() -> vm.raisePendingInterrupt(ts));
        state.setRunningLoop(this);
        try {
            core.runForever();
        } catch (EventLoop.LoopInterrupted e) {
            throw new org.ouroboros.vm.VmLimitExceeded("run cancelled while the event loop waited for a step");
        } catch (java.io.UncheckedIOException e) {
            throw PyExc.raise(PyExc.OS_ERROR, String.valueOf(e.getCause().getMessage()));
        } finally {
            state.setRunningLoop(null);
            vm.removeInterruptWaker(waker);
        }
    }

    /** {@code run_until_complete(future)}: runs until the future is done and returns its result. */
    PyObject runUntilComplete(PyObject arg) {
        checkClosed();
        if (core.isRunning()) {
            throw PyExc.runtimeError("This event loop is already running");
        }
        boolean newTask = !(arg instanceof PyFuture);
        PyFuture future = AsyncioModule.ensureFuture(arg, this);
        PyObject stopper = new PyBuiltinFunction("_run_until_complete_cb", NONE, (self, args, kw) -> {
            PyFuture f = (PyFuture) args[0];
            f.loop.core.stop();
            return NONE;
        }, null);
        future.addDoneCallback(stopper);
        try {
            runForever();
        } catch (PyException e) {
            if (newTask && future.done() && !future.isCancelled()) {
                future.logTraceback = false;
            }
            throw e;
        } finally {
            future.removeDoneCallback(stopper);
        }
        if (!future.done()) {
            throw PyExc.runtimeError("Event loop stopped before Future completed.");
        }
        return future.resultOrRaise();
    }

    /** {@code loop.create_task(coro, name=None)}. */
    PyTask createTask(PyObject coro, PyObject name) {
        checkClosed();
        if (!(coro instanceof PyGenerator g && g.isCoroutine())) {
            throw PyExc.typeError("a coroutine was expected, got " + Describe.safeRepr(coro));
        }
        PyTask t = new PyTask(TaskType.TYPE);
        t.start(this, coro, name == NONE ? state.nextTaskName() : org.ouroboros.vm.object.Ops.str(name).value());
        return t;
    }

    void close() {
        if (core.isRunning()) {
            throw PyExc.runtimeError("Cannot close a running event loop");
        }
        core.close();
        if (defaultExecutor != null) {
            PyObject executor = defaultExecutor;
            defaultExecutor = null;
            org.ouroboros.vm.object.Attributes.get(executor, "shutdown").call(new PyObject[] {
                    org.ouroboros.vm.object.PyBool.FALSE}, new String[] {"wait"});
        }
    }

    String reprText() {
        return "<_UnixSelectorEventLoop running=" + (core.isRunning() ? "True" : "False") + " closed="
                + (core.isClosed() ? "True" : "False") + " debug=" + (debug ? "True" : "False") + ">";
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
