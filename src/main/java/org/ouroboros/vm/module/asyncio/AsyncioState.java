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
    /** Per Python thread (0 = main), as the policy's thread-local: the set loop, set_event_loop called, the running loop. */
    private final java.util.Map<Integer, PyLoop> currentLoops = new java.util.HashMap<>();
    private final java.util.Set<Integer> setCalled = new java.util.HashSet<>();
    private final java.util.Map<Integer, PyLoop> runningLoops = new java.util.HashMap<>();
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

    private static int thread() {
        return org.ouroboros.vm.interp.ThreadState.current().threadId();
    }

    private static String threadName() {
        org.ouroboros.sched.SimThread t = org.ouroboros.sched.Scheduler.current();
        return t == null || thread() == 0 ? "MainThread" : t.name();
    }

    /**
     * {@code asyncio.get_event_loop()} as 3.11.7 (no DeprecationWarning there): the running loop,
     * else this thread's loop; only the main thread gets one made on first use.
     */
    synchronized PyLoop getEventLoop() {
        int t = thread();
        PyLoop running = runningLoops.get(t);
        if (running != null) {
            return running;
        }
        if (t == 0 && !currentLoops.containsKey(t) && !setCalled.contains(t)) {
            currentLoops.put(t, newLoop());
        }
        PyLoop loop = currentLoops.get(t);
        if (loop == null) {
            throw PyExc.runtimeError("There is no current event loop in thread '" + threadName() + "'.");
        }
        return loop;
    }

    synchronized void setEventLoop(PyLoop loop) {
        int t = thread();
        setCalled.add(t);
        if (loop == null) {
            currentLoops.remove(t);
        } else {
            currentLoops.put(t, loop);
        }
    }

    /** The loop running in this thread, or null. */
    synchronized PyLoop runningLoop() {
        return runningLoops.get(thread());
    }

    synchronized void setRunningLoop(PyLoop loop) {
        if (loop == null) {
            runningLoops.remove(thread());
        } else {
            runningLoops.put(thread(), loop);
        }
    }

    PyLoop runningLoopOrRaise() {
        PyLoop loop = runningLoop();
        if (loop == null) {
            throw PyExc.runtimeError("no running event loop");
        }
        return loop;
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
