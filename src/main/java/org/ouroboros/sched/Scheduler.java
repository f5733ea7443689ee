package org.ouroboros.sched;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.SchedEvent.CheckPointKind;
import org.ouroboros.trace.SchedEvent.DropReason;
import org.ouroboros.trace.SchedEvent.ThreadStateKind;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.VmLimitExceeded;
import org.ouroboros.vm.code.Instruction;
import org.ouroboros.vm.interp.Frame;
import org.ouroboros.vm.interp.ThreadState;
import org.ouroboros.vm.object.PyObject;

/**
 * The discrete-event simulation behind simulated threads (see package-info for the model).
 *
 * <p>Exactly one simulated thread runs host code at any instant: it holds the <em>baton</em>.
 * Each thread has its own virtual clock; the scheduler always lets the runnable thread with
 * the smallest clock run, and fires timers (sleep ends, GIL switch-interval time-outs, wake-ups)
 * in time order before any thread runs past them. All state below is touched only by the baton
 * holder, so it needs no locking; the semaphore hand-off gives memory visibility.
 */
public final class Scheduler {
    /** Free-threaded / processes modes: how far one thread may run ahead of the earliest other runner. */
    static final long SLICE_PS = 2_000_000L;

    final Vm vm;
    final SchedConfig config;
    final boolean v39;
    final boolean gilMode;
    final SchedTrace trace;
    final List<SimThread> threads = new ArrayList<>();
    final List<SimProcess> processes = new ArrayList<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private final LinkedBlockingQueue<SimThread> ioDone = new LinkedBlockingQueue<>();
    private int inIo;
    /** True while every thread is in real I/O and nobody holds the baton. */
    private boolean batonFree;
    private long timerSeq;
    /** The running thread must come back to the scheduler when its clock reaches this. */
    long horizonPs = Long.MAX_VALUE;
    /** Processor sharing when more threads want a CPU than there are cores. */
    double scale = 1.0;
    long gilSwitches;
    long dropRequests;
    private final long epochNanos = System.currentTimeMillis() * 1_000_000L;
    private final long perfBaseNanos = System.nanoTime();
    private boolean terminated;
    private final java.util.Map<String, Integer> labelCounts = new java.util.HashMap<>();
    final SimThread main;

    private Scheduler(Vm vm, SchedConfig config, ThreadState mainState) {
        this.vm = vm;
        this.config = config;
        this.v39 = config.cpython() == SchedConfig.CPythonVersion.V3_9;
        this.gilMode = config.mode() != SchedConfig.Mode.FREE;
        this.trace = new SchedTrace(vm);
        vm.setSwitchInterval(config.switchIntervalNs() / 1e9);
        SimProcess p0 = new SimProcess(0);
        processes.add(p0);
        trace.emit(new SchedEvent.RunConfigured(0, config.mode().cliName(), config.cpython().label(), config.cores(),
                config.switchIntervalNs(), config.seed()));
        main = new SimThread(this, 0, "MainThread", false, p0, mainState, 0, config.seed());
        threads.add(main);
        mainState.setSchedHook(main);
        trace.emit(new SchedEvent.ThreadCreated(0, 0, main.name, false, 0, -1));
        trace.emit(new SchedEvent.ThreadStarted(0, 0, main.name, 0));
        if (gilMode) {
            take(main, 0);
        } else {
            setState(main, ThreadStateKind.RUNNING, null);
        }
    }

    /** Puts the thread running {@code mainState} (the program's main thread) under a new scheduler. */
    public static Scheduler attach(Vm vm, SchedConfig config, ThreadState mainState) {
        return new Scheduler(vm, config, mainState);
    }

    /** The simulated thread the caller runs on (the caller must be a scheduled Python thread). */
    public static SimThread current() {
        ThreadState ts = ThreadState.current();
        if (!(ts.schedHook() instanceof SimThread t)) {
            throw new IllegalStateException("the calling thread is not under the thread scheduler");
        }
        return t;
    }

    public SchedConfig config() {
        return config;
    }

    public List<SimThread> threads() {
        return List.copyOf(threads);
    }

    public SimThread mainThread() {
        return main;
    }

    /** Virtual nanoseconds of the calling thread since the scheduler started. */
    public long nowNanos() {
        return current().ps / 1000;
    }

    /** {@code time.time()} in ns: the real time the run started plus the virtual time elapsed. */
    public long epochNanos() {
        return epochNanos + nowNanos();
    }

    /** {@code time.perf_counter()}/{@code monotonic()} in ns on the virtual clock. */
    public long perfNanos() {
        return perfBaseNanos + nowNanos();
    }

    /** A readable name for a new primitive: "Lock#1", "Condition#2", … numbered per kind. */
    public String nextLabel(String kind) {
        return kind + "#" + labelCounts.merge(kind, 1, Integer::sum);
    }

    long switchIntervalPs() {
        return Math.max(1_000L, Math.round(vm.switchInterval() * 1e12));
    }

    // ---- threads ----

    /**
     * Starts a new simulated thread (or, with {@code ownProcess}, a new simulated process with its own
     * GIL) that runs {@code body} as soon as the scheduler lets it; the caller keeps running.
     * {@code body} runs on the new thread with its ThreadState bound, so it may call Python code.
     */
    public SimThread spawn(String name, boolean daemon, boolean ownProcess, Runnable body) {
        SimThread me = current();
        SimProcess p = ownProcess ? newProcess() : me.process;
        SimThread t = newThread(name, daemon, p, me);
        start(t, me, ownProcess ? OpcodeCosts.PROCESS_START_PS : OpcodeCosts.THREAD_START_PS, body);
        return t;
    }

    /**
     * Calls {@code callable(*args)} on a new simulated thread (a worker, as in
     * {@code loop.run_in_executor}); {@code onDone} then runs on that worker thread, still inside
     * the scheduler (it may touch VM objects, and may wake a real selector). Must be called from a
     * scheduled thread; the caller keeps running.
     */
    public SimThread submit(String name, PyObject callable, PyObject[] args,
            java.util.function.Consumer<CallOutcome> onDone) {
        return spawn(name, true, false, () -> {
            CallOutcome outcome;
            try {
                outcome = new CallOutcome(callable.call(args, null), null);
            } catch (org.ouroboros.vm.object.PyException e) {
                outcome = new CallOutcome(null, e.value());
            }
            onDone.accept(outcome);
        });
    }

    /**
     * Starts a simulated process (own GIL) whose main thread calls {@code entry()}; {@code entry}
     * and everything it reaches, with the {@code __main__} globals, are copied as by fork.
     */
    public SimThread spawnProcess(String name, boolean daemon, PyObject entry,
            org.ouroboros.vm.object.PyDict mainGlobals) {
        SimThread me = current();
        SimProcess p = newProcess();
        PyObject copied = ProcessCopier.fork(entry, p.forkMemo, mainGlobals);
        SimThread t = newThread(name, daemon, p, me);
        start(t, me, OpcodeCosts.PROCESS_START_PS, () -> copied.call());
        return t;
    }

    /** A pickle-like copy of {@code value} for the calling thread's process (multiprocessing queues, pipes). */
    public PyObject transfer(PyObject value) {
        return ProcessCopier.transfer(value, current().process.forkMemo);
    }

    /** The {@code current_process()} object registered for the caller's process, or null. */
    public PyObject processHandle() {
        return current().process.handle;
    }

    /** Registers the caller's process's {@code current_process()} object. */
    public void setProcessHandle(PyObject handle) {
        current().process.handle = handle;
    }

    /** Records the caller's process exit code. */
    public void setExitCode(int code) {
        current().process.exitCode = code;
    }

    /** The exit code of the process whose main thread is {@code t}, or null while it runs. */
    public Integer exitCode(SimThread t) {
        return t.process.exitCode;
    }

    /** Python id of the caller's process: 0 for the main process. */
    public int processId() {
        return current().process.id;
    }

    /** The thread with this {@code ident()}, or null. */
    public SimThread byIdent(long ident) {
        for (SimThread t : threads) {
            if (t.ident() == ident) {
                return t;
            }
        }
        return null;
    }

    /** {@code thread.join(timeout)} from the calling thread; {@code timeoutPs < 0}: no timeout. True when it finished. */
    public boolean join(SimThread target, long timeoutPs) {
        return join(current(), target, timeoutPs);
    }

    SimThread newThread(String name, boolean daemon, SimProcess process, SimThread parent) {
        int id = threads.size();
        ThreadState ts = new ThreadState(vm, id);
        int core = id % config.cores();
        SimThread t = new SimThread(this, id, name, daemon, process, ts, core, config.seed());
        ts.setSchedHook(t);
        t.ps = parent.ps;
        threads.add(t);
        trace.emit(new SchedEvent.ThreadCreated(parent.ps / 1000, id, name, daemon, process.id, parent.id));
        return t;
    }

    SimProcess newProcess() {
        SimProcess p = new SimProcess(processes.size());
        processes.add(p);
        return p;
    }

    /**
     * Starts {@code t} on a fresh Java thread that will run {@code body} once the scheduler first
     * lets it run; the caller keeps running. {@code startDelayPs} models thread/process creation.
     */
    void start(SimThread t, SimThread parent, long startDelayPs, Runnable body) {
        Thread java = new Thread(null, () -> threadMain(t, body), "python-" + t.name, Vm.PYTHON_STACK_BYTES);
        java.setDaemon(true);
        java.start();
        setState(t, gilMode ? ThreadStateKind.WAITING_FOR_GIL : ThreadStateKind.WAITING_FOR_CORE, null);
        long at = parent.ps + startDelayPs;
        schedule(at, now -> wantRun(t, now));
    }

    private void threadMain(SimThread t, Runnable body) {
        try {
            try {
                park(t);
                t.ts.bind();
                trace.emit(new SchedEvent.ThreadStarted(t.ps / 1000, t.id, t.name, t.core));
                try {
                    body.run();
                } catch (org.ouroboros.vm.object.PyException e) {
                    // Only Java-level bodies get here (threading's bootstrap reports its own errors).
                    vm.writeErr("Exception in thread " + t.name + ":\n"
                            + org.ouroboros.vm.interp.Exceptions.format(e.value(), vm::sourceLines));
                }
            } finally {
                t.ts.unbind();
            }
            finish(t);
        } catch (ThreadKilled k) {
            // The run ended while this thread waited: nothing left to do.
        } catch (VmLimitExceeded e) {
            abortQuietly(t, e.getMessage());
        } catch (RuntimeException | Error e) {
            abortQuietly(t, "internal error in " + t.name + ": " + e);
        }
    }

    private void abortQuietly(SimThread t, String message) {
        try {
            abort(t, message);
        } catch (ThreadKilled k) {
            // expected: this thread ends here
        }
    }

    private void finish(SimThread t) {
        setState(t, ThreadStateKind.DONE, null);
        trace.emit(new SchedEvent.ThreadFinished(t.ps / 1000, t.id, t.name, false));
        releaseGil(t, DropReason.FINISHED);
        for (SimThread j : List.copyOf(t.joiners)) {
            wakeLater(j, t.ps + OpcodeCosts.WAKE_LATENCY_PS);
        }
        t.joiners.clear();
        SimThread next = pickNext(true);
        if (next != null) {
            next.permit.release();
        } else if (t != main) {
            deadlock(t);
        }
    }

    /** The run ends: every other thread unwinds; the main thread reports {@code message}. */
    void abort(SimThread from, String message) {
        for (SimThread t : threads) {
            if (t != from && t.state != ThreadStateKind.DONE) {
                t.killReason = message;
                t.permit.release();
            }
        }
        if (from == main) {
            throw new VmLimitExceeded(message);
        }
        throw new ThreadKilled();
    }

    /** Blocks until the baton comes back; unwinds if the run ended meanwhile. */
    void park(SimThread t) {
        t.permit.acquireUninterruptibly();
        if (t.killReason != null) {
            if (t == main && !terminated) {
                throw new VmLimitExceeded(t.killReason);
            }
            throw new ThreadKilled();
        }
    }

    /** Ends the run's threads: called by the VM when the main thread is done (daemon threads die). */
    public void terminate() {
        if (terminated) {
            return;
        }
        terminated = true;
        long busy = 0;
        for (SimThread t : threads) {
            busy += t.busyPs;
        }
        trace.emit(new SchedEvent.RunSummary(main.ps / 1000, threads.size(), gilSwitches, dropRequests, busy / 1000));
        for (SimThread t : threads) {
            if (t != main && t.state != ThreadStateKind.DONE) {
                t.killReason = "interpreter shutdown";
                t.permit.release();
            }
        }
        main.ts.setSchedHook(null);
    }

    /** CPython's {@code threading._shutdown()}: the main thread waits for every non-daemon thread. */
    public void joinNonDaemonThreads() {
        org.ouroboros.vm.object.PyModule threading = vm.modules().get("threading");
        PyObject shutdown = threading == null ? null : threading.dict().get("_shutdown");
        if (shutdown != null) {
            shutdown.call();
        }
        for (int i = 1; i < threads.size(); i++) {
            SimThread t = threads.get(i);
            if (!t.daemon && t.alive()) {
                join(main, t, -1);
            }
        }
    }

    // ---- blocking ----

    /** Blocks {@code me} until {@code target} finishes or the timeout passes; true when it finished. */
    boolean join(SimThread me, SimThread target, long timeoutPs) {
        if (target.state == ThreadStateKind.DONE) {
            return true;
        }
        target.joiners.add(me);
        block(me, target, timeoutPs, ThreadStateKind.BLOCKED, DropReason.BLOCKING);
        return target.state == ThreadStateKind.DONE;
    }

    /** {@code time.sleep}: releases the GIL for {@code ps} of virtual time. */
    public void sleep(SimThread me, long durationPs) {
        block(me, Sleep.INSTANCE, Math.max(0, durationPs), ThreadStateKind.SLEEPING, DropReason.SLEEP);
    }

    /**
     * Blocks {@code me} on {@code b}, releasing the GIL, until someone calls {@link #wakeLater} or
     * the timeout ({@code < 0}: none) passes. Returns false on timeout.
     */
    boolean block(SimThread me, Blocker b, long timeoutPs, ThreadStateKind kind, DropReason reason) {
        me.blocker = b;
        me.timedOut = false;
        setState(me, kind, b);
        if (timeoutPs >= 0) {
            me.wakeTimer = schedule(me.ps + timeoutPs, now -> {
                me.wakeTimer = null;
                if (me.blocker == b && me.state == kind) {
                    b.cancelWait(me);
                    me.timedOut = true;
                    wantRun(me, now);
                }
            });
        }
        releaseGil(me, reason);
        reschedule(me);
        me.blocker = null;
        return !me.timedOut;
    }

    /** The waiter's condition holds (lock granted, thread finished): it runs again after {@code atPs}. */
    void wakeLater(SimThread waiter, long atPs) {
        Blocker b = waiter.blocker;
        schedule(atPs, now -> {
            if (waiter.blocker == b && (waiter.state == ThreadStateKind.BLOCKED
                    || waiter.state == ThreadStateKind.IN_IO)) {
                wakeNow(waiter, now);
            }
        });
    }

    /** As {@link #wakeLater} at once (the caller runs inside a timer at {@code now}). */
    void wakeNow(SimThread waiter, long now) {
        if (waiter.wakeTimer != null) {
            waiter.wakeTimer.cancel();
            waiter.wakeTimer = null;
        }
        waiter.timedOut = false;
        wantRun(waiter, now);
    }

    /**
     * Runs {@code call} on the calling Java thread with the GIL released, the way a C extension
     * wraps a blocking system call in {@code Py_BEGIN_ALLOW_THREADS}: other simulated threads run
     * meanwhile. {@code call} must not touch VM objects. The virtual clock advances by the real
     * time the call took.
     */
    public <T> T blockingRealCall(java.util.concurrent.Callable<T> call) throws Exception {
        SimThread me = current();
        long startPs = me.ps;
        me.blocker = RealIo.INSTANCE;
        setState(me, ThreadStateKind.IN_IO, RealIo.INSTANCE);
        releaseGil(me, DropReason.IO);
        inIo++;
        SimThread next = pickNext(false);
        synchronized (ioDone) {
            if (next != null) {
                next.permit.release();
            } else {
                batonFree = true;
            }
        }
        long t0 = System.nanoTime();
        try {
            return call.call();
        } finally {
            me.ps = startPs + (System.nanoTime() - t0) * 1000;
            boolean mine;
            synchronized (ioDone) {
                mine = batonFree;
                batonFree = false;
                if (!mine) {
                    ioDone.add(me);
                }
            }
            if (mine) {
                inIo--;
                wantRun(me, me.ps);
                reschedule(me);
            } else {
                park(me);
            }
            me.blocker = null;
        }
    }

    // ---- the GIL ----

    /** {@code t} wants to execute at {@code atPs}: it takes the GIL if free, else waits for it. */
    void wantRun(SimThread t, long atPs) {
        t.ps = Math.max(t.ps, atPs);
        if (!gilMode) {
            setState(t, ThreadStateKind.RUNNING, null);
            return;
        }
        Gil g = t.process.gil;
        if (g.holder == null) {
            take(t, t.ps);
            return;
        }
        setState(t, ThreadStateKind.WAITING_FOR_GIL, null);
        g.waiters.add(t);
        t.gilWaitStartPs = t.ps;
        armGilTimer(t, t.ps + switchIntervalPs());
    }

    private void armGilTimer(SimThread t, long atPs) {
        t.savedSwitchNumber = t.process.gil.switchNumber;
        t.gilTimer = schedule(atPs, now -> gilTimeout(t, now));
    }

    /** CPython's take_gil loop: the timed wait expired; without a switch meanwhile, request a drop. */
    private void gilTimeout(SimThread t, long now) {
        if (t.state != ThreadStateKind.WAITING_FOR_GIL) {
            return;
        }
        Gil g = t.process.gil;
        if (g.holder != null && g.switchNumber == t.savedSwitchNumber && !g.dropRequest) {
            g.dropRequest = true;
            dropRequests++;
            trace.emit(new SchedEvent.GilDropRequested(now / 1000, t.id, g.holder.id, t.process.id));
        }
        armGilTimer(t, now + switchIntervalPs());
    }

    private void take(SimThread t, long atPs) {
        Gil g = t.process.gil;
        g.holder = t;
        g.waiters.remove(t);
        g.switchNumber++;
        gilSwitches++;
        g.dropRequest = false;
        if (t.gilTimer != null) {
            t.gilTimer.cancel();
            t.gilTimer = null;
        }
        t.ps = Math.max(Math.max(t.ps, atPs), g.releasedAtPs);
        long waited = t.state == ThreadStateKind.WAITING_FOR_GIL ? t.ps - t.gilWaitStartPs : 0;
        setState(t, ThreadStateKind.RUNNING, null);
        trace.emit(new SchedEvent.GilTaken(t.ps / 1000, t.id, t.core, t.process.id, waited / 1000, g.switchNumber));
    }

    /** The holder lets the GIL go; the longest waiter (if any) takes it after the hand-off latency. */
    void releaseGil(SimThread t, DropReason reason) {
        if (!gilMode) {
            return;
        }
        Gil g = t.process.gil;
        if (g.holder != t) {
            return;
        }
        g.holder = null;
        g.releasedAtPs = t.ps;
        trace.emit(new SchedEvent.GilDropped(t.ps / 1000, t.id, t.core, t.process.id, reason));
        if (!g.waiters.isEmpty()) {
            take(g.waiters.get(0), t.ps + OpcodeCosts.GIL_HANDOFF_PS);
        }
    }

    /** An eval-breaker check point on the running thread {@code me}. */
    void checkPoint(SimThread me, Frame f, int offset, Instruction in, CheckPointKind kind) {
        if (!gilMode) {
            return;
        }
        Gil g = me.process.gil;
        if (!g.dropRequest || g.holder != me) {
            return;
        }
        g.dropRequest = false;
        if (g.waiters.isEmpty()) {
            return;
        }
        SimThread to = g.waiters.get(0);
        trace.emit(new SchedEvent.GilDropped(me.ps / 1000, me.id, me.core, me.process.id, DropReason.DROP_REQUEST));
        g.holder = null;
        trace.emit(new SchedEvent.SwitchAtCheckPoint(me.ps / 1000, me.id, to.id, kind, f.code().qualname(), offset,
                in == null ? "" : in.opcode().name(), in == null ? f.line() : in.line()));
        // Forced switching: the waiter takes the GIL before the dropper may ask for it again.
        take(to, me.ps + OpcodeCosts.GIL_HANDOFF_PS);
        setState(me, ThreadStateKind.WAITING_FOR_GIL, null);
        g.waiters.add(me);
        me.gilWaitStartPs = me.ps;
        armGilTimer(me, me.ps + switchIntervalPs());
        reschedule(me);
    }

    // ---- choosing who runs ----

    /** The running thread's clock passed its horizon: fire due timers, maybe let another thread run. */
    void onHorizon(SimThread me) {
        reschedule(me);
    }

    /** {@code me} stops (blocked) or yields the host: pass the baton to the thread that runs next. */
    void reschedule(SimThread me) {
        SimThread next = pickNext(true);
        if (next == me) {
            return;
        }
        if (next == null) {
            deadlock(me);
            return;
        }
        next.permit.release();
        park(me);
    }

    /**
     * Fires every timer due before the earliest runnable thread's clock, then returns that thread
     * (with {@link #horizonPs} set for it), or null when nothing can ever run again.
     */
    SimThread pickNext(boolean waitForIo) {
        while (true) {
            for (SimThread t; (t = ioDone.poll()) != null; ) {
                inIo--;
                wantRun(t, t.ps);
            }
            SimThread best = null;
            SimThread second = null;
            int runners = 0;
            for (SimThread t : threads) {
                if (t.state == ThreadStateKind.RUNNING) {
                    runners++;
                    if (best == null || t.ps < best.ps) {
                        second = best;
                        best = t;
                    } else if (second == null || t.ps < second.ps) {
                        second = t;
                    }
                }
            }
            Timer next = timers.peek();
            while (next != null && next.cancelled()) {
                timers.poll();
                next = timers.peek();
            }
            if (next != null && (best == null || next.atPs <= best.ps)) {
                timers.poll();
                next.fire();
                continue;
            }
            if (best != null) {
                scale = runners > config.cores() ? (double) runners / config.cores() : 1.0;
                long h = next == null ? Long.MAX_VALUE : next.atPs;
                if (second != null) {
                    h = Math.min(h, second.ps + SLICE_PS);
                }
                horizonPs = h;
                return best;
            }
            if (inIo > 0 && waitForIo) {
                try {
                    SimThread t = ioDone.poll(1, TimeUnit.DAYS);
                    if (t != null) {
                        ioDone.add(t);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
                continue;
            }
            return null;
        }
    }

    private void deadlock(SimThread me) {
        DeadlockReport report = DeadlockReport.of(this, me.ps);
        trace.emit(report.event());
        abort(me, report.text());
    }

    Timer schedule(long atPs, LongConsumer action) {
        Timer t = new Timer(atPs, timerSeq++, action);
        timers.add(t);
        if (atPs < horizonPs) {
            horizonPs = atPs; // the running thread must stop there to let it fire on time
        }
        return t;
    }

    void setState(SimThread t, ThreadStateKind s, Blocker on) {
        if (s == ThreadStateKind.RUNNING && t.state != ThreadStateKind.RUNNING) {
            t.core = freeCore(t);
        }
        t.state = s;
        if (trace.on()) {
            String what = on == null ? "" : on.describeWait();
            trace.emit(new SchedEvent.ThreadStateChanged(t.ps / 1000, t.id, t.name, s,
                    s == ThreadStateKind.RUNNING ? t.core : -1, on == null ? -1 : on.primitiveId(), what));
        }
    }

    /**
     * The core {@code t} runs on: its last one if no other running thread has it, else the lowest
     * free one; with more runners than cores (free-threaded or processes mode) the cores are
     * shared and it keeps its last one.
     */
    private int freeCore(SimThread t) {
        boolean[] taken = new boolean[config.cores()];
        for (SimThread other : threads) {
            if (other != t && other.state == ThreadStateKind.RUNNING && other.core < taken.length) {
                taken[other.core] = true;
            }
        }
        if (t.core < taken.length && !taken[t.core]) {
            return t.core;
        }
        for (int core = 0; core < taken.length; core++) {
            if (!taken[core]) {
                return core;
            }
        }
        return t.core;
    }

    /** A blocker for {@code time.sleep}: its own timer ends it. */
    private enum Sleep implements Blocker {
        INSTANCE;

        @Override
        public SimThread holder() {
            return null;
        }

        @Override
        public long primitiveId() {
            return -1;
        }

        @Override
        public SchedEvent.PrimitiveKind kind() {
            return SchedEvent.PrimitiveKind.EVENT;
        }

        @Override
        public String describeWait() {
            return "time.sleep()";
        }

        @Override
        public void cancelWait(SimThread waiter) {}

        @Override
        public boolean wakesByItself() {
            return true;
        }
    }

    /** A blocker for real I/O through {@link #blockingRealCall}. */
    private enum RealIo implements Blocker {
        INSTANCE;

        @Override
        public SimThread holder() {
            return null;
        }

        @Override
        public long primitiveId() {
            return -1;
        }

        @Override
        public SchedEvent.PrimitiveKind kind() {
            return SchedEvent.PrimitiveKind.PIPE;
        }

        @Override
        public String describeWait() {
            return "real I/O";
        }

        @Override
        public void cancelWait(SimThread waiter) {}

        @Override
        public boolean wakesByItself() {
            return true;
        }
    }
}
