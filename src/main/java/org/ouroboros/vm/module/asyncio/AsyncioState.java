package org.ouroboros.vm.module.asyncio;

import org.ouroboros.aio.AioSettings;
import org.ouroboros.aio.LoopClock;
import org.ouroboros.aio.LoopOptions;
import org.ouroboros.trace.TraceSink;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.interp.TraceLevel;
import org.ouroboros.vm.object.PyExc;

/** asyncio's per-VM state: the event-loop policy's current loop, the running loop, task names. */
final class AsyncioState {
    private final Vm vm;
    private final AioSettings settings;
    private PyLoop currentLoop;
    private boolean setCalled;
    PyLoop runningLoop;
    private int taskCounter;
    /** asyncio._wrap_awaitable from the bundled Python, for ensure_future of plain awaitables. */
    org.ouroboros.vm.object.PyObject wrapAwaitable;

    private AsyncioState(Vm vm) {
        this.vm = vm;
        AioSettings s = vm.extension(AioSettings.class);
        this.settings = s != null ? s : AioSettings.defaults();
    }

    static AsyncioState of(Vm vm) {
        return vm.extension(AsyncioState.class, () -> new AsyncioState(vm));
    }

    static AsyncioState current() {
        return of(org.ouroboros.vm.interp.ThreadState.current().vm());
    }

    Vm vm() {
        return vm;
    }

    AioSettings settings() {
        return settings;
    }

    PyLoop newLoop() {
        TraceSink sink = vm.traceLevel() == TraceLevel.OFF ? TraceSink.NONE : vm.traceSink();
        LoopOptions options = new LoopOptions(settings.virtualTime() ? LoopClock.virtual() : LoopClock.real(),
                settings.stepper(), sink);
        return new PyLoop(this, options);
    }

    /** {@code asyncio.get_event_loop()} as 3.11.7: the running loop, else the policy's loop (made on first use). */
    PyLoop getEventLoop() {
        if (runningLoop != null) {
            return runningLoop;
        }
        if (currentLoop == null && !setCalled) {
            currentLoop = newLoop();
        }
        if (currentLoop == null) {
            throw PyExc.runtimeError("There is no current event loop in thread 'MainThread'.");
        }
        return currentLoop;
    }

    void setEventLoop(PyLoop loop) {
        setCalled = true;
        currentLoop = loop;
    }

    PyLoop runningLoopOrRaise() {
        if (runningLoop == null) {
            throw PyExc.runtimeError("no running event loop");
        }
        return runningLoop;
    }

    private long futureIds;

    long nextFutureId() {
        return ++futureIds;
    }

    String nextTaskName() {
        return "Task-" + (++taskCounter);
    }

    void registerTask(PyTask t) {
        t.loop.pendingTasks.add(t);
    }

    void unregisterTask(PyTask t) {
        t.loop.pendingTasks.remove(t);
    }
}
