package org.ouroboros.ui.view.loop;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ouroboros.trace.AioEvent;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.ui.view.loop.LoopRecords.FutureRow;
import org.ouroboros.ui.view.loop.LoopRecords.Key;
import org.ouroboros.ui.view.loop.LoopRecords.Ready;
import org.ouroboros.ui.view.loop.LoopRecords.TaskRow;
import org.ouroboros.ui.view.loop.LoopRecords.TaskStatus;
import org.ouroboros.ui.view.loop.LoopRecords.Timer;

/**
 * The event loop at one position of a trace, rebuilt from {@link AioEvent}s only: the phase of
 * the current iteration, the ready queue, the timer heap, the selector's keys, tasks, futures and
 * the program's output. Mutable for folding; {@link #copy()} gives an independent one.
 */
public final class LoopState {
    static final int MAX_CONSOLE_CHARS = 8_000;
    private static final Pattern TASK_NAME = Pattern.compile("name='([^']*)'");

    private String selector = "";
    private boolean virtualTime;
    private String loopStatus = "";
    private long iteration = -1;
    private long iterations;
    private LoopPhase phase = LoopPhase.IDLE;
    private double time;
    /** The loop time when the run's first loop started: the view shows times relative to it. */
    private double origin = Double.NaN;
    private double selectTimeout = Double.NaN;
    private double selectElapsed = Double.NaN;
    private boolean wokenUp;
    private int handlesRun;
    private long running = -1;
    private String runningDescription = "";
    private boolean runPhaseStarted;
    private List<Ready> ready = new ArrayList<>();
    private List<Timer> timers = new ArrayList<>();
    /** By fd: a select over 10,000 sockets updates each key in log time, not by a pass over all. */
    private TreeMap<Integer, Key> keys = new TreeMap<>();
    /** Keys select returned this iteration. */
    private int readyKeys;
    private List<Long> timersJustDue = new ArrayList<>();
    private final LinkedHashMap<Long, TaskRow> tasks = new LinkedHashMap<>();
    private final LinkedHashMap<Long, FutureRow> futures = new LinkedHashMap<>();
    private final StringBuilder console = new StringBuilder();
    private boolean sawLoop;

    public LoopState copy() {
        LoopState c = new LoopState();
        c.selector = selector;
        c.virtualTime = virtualTime;
        c.loopStatus = loopStatus;
        c.iteration = iteration;
        c.iterations = iterations;
        c.phase = phase;
        c.time = time;
        c.origin = origin;
        c.selectTimeout = selectTimeout;
        c.selectElapsed = selectElapsed;
        c.wokenUp = wokenUp;
        c.handlesRun = handlesRun;
        c.running = running;
        c.runningDescription = runningDescription;
        c.runPhaseStarted = runPhaseStarted;
        c.ready = new ArrayList<>(ready);
        c.timers = new ArrayList<>(timers);
        c.keys = new TreeMap<>(keys);
        c.readyKeys = readyKeys;
        c.timersJustDue = new ArrayList<>(timersJustDue);
        c.tasks.putAll(tasks);
        c.futures.putAll(futures);
        c.console.append(console);
        c.sawLoop = sawLoop;
        return c;
    }

    // ---- what the view reads ----

    public boolean sawLoop() {
        return sawLoop;
    }

    public String selector() {
        return selector;
    }

    public boolean virtualTime() {
        return virtualTime;
    }

    public String loopStatus() {
        return loopStatus;
    }

    /** The iteration in progress or last finished; -1 before the first. */
    public long iteration() {
        return iteration;
    }

    public LoopPhase phase() {
        return phase;
    }

    public double time() {
        return time;
    }

    /** Loop time at the first event that carried one (0 before any). */
    public double origin() {
        return Double.isNaN(origin) ? 0 : origin;
    }

    /** The timeout passed to select this iteration: 0, seconds to the nearest timer, -1 to block; NaN before. */
    public double selectTimeout() {
        return selectTimeout;
    }

    public double selectElapsed() {
        return selectElapsed;
    }

    public boolean wokenUp() {
        return wokenUp;
    }

    public int handlesRun() {
        return handlesRun;
    }

    /** The description of the callback running now ("" when none). */
    public String runningDescription() {
        return runningDescription;
    }

    public List<Ready> ready() {
        return List.copyOf(ready);
    }

    public List<Timer> timers() {
        return List.copyOf(timers);
    }

    public List<Key> keys() {
        return List.copyOf(keys.values());
    }

    /** The first {@code limit} keys by fd: what a view draws, however many are registered. */
    public List<Key> keys(int limit) {
        List<Key> out = new ArrayList<>(Math.min(limit, keys.size()));
        for (Key k : keys.values()) {
            if (out.size() == limit) {
                break;
            }
            out.add(k);
        }
        return out;
    }

    public int keyCount() {
        return keys.size();
    }

    /** Keys select returned in this iteration (0 before it returned). */
    public int readyKeyCount() {
        return readyKeys;
    }

    /** The first {@code limit} callbacks of the ready queue. */
    public List<Ready> ready(int limit) {
        return List.copyOf(ready.subList(0, Math.min(limit, ready.size())));
    }

    public int readyCount() {
        return ready.size();
    }

    public List<Long> timersJustDue() {
        return List.copyOf(timersJustDue);
    }

    public List<TaskRow> tasks() {
        return new ArrayList<>(tasks.values());
    }

    public List<FutureRow> futures() {
        List<FutureRow> out = new ArrayList<>();
        for (FutureRow f : futures.values()) {
            if (!tasks.containsKey(f.id())) {
                out.add(f);
            }
        }
        return out;
    }

    public String console() {
        return console.toString();
    }

    // ---- folding ----

    void apply(TraceEvent event) {
        if (event instanceof ExecutionEvent.OutputWritten out) {
            console.append(out.text());
            if (console.length() > MAX_CONSOLE_CHARS) {
                console.delete(0, console.length() - MAX_CONSOLE_CHARS);
            }
        } else if (event instanceof AioEvent e) {
            sawLoop = true;
            applyAio(e);
        }
    }

    private void applyAio(AioEvent event) {
        if (event instanceof AioEvent.LoopCreated c) {
            selector = c.selector();
            virtualTime = c.virtualTime();
            loopStatus = "CREATED";
        } else if (event instanceof AioEvent.LoopStateChanged s) {
            loopStatus = s.state();
            time = s.time();
            startClock();
        } else if (event instanceof AioEvent.IterationStarted s) {
            iterationStarted(s);
        } else if (event instanceof AioEvent.SelectReturned s) {
            selectReturned(s);
        } else if (event instanceof AioEvent.TimersDue d) {
            timersDue(d);
        } else if (event instanceof AioEvent.CallbackRun r) {
            callbackRun(r);
        } else if (event instanceof AioEvent.IterationFinished f) {
            phase = LoopPhase.IDLE;
            time = f.time();
            handlesRun = f.handlesRun();
            running = -1;
            runningDescription = "";
            markRunningTasksPending();
        } else if (event instanceof AioEvent.HandleScheduled h) {
            ready.add(new Ready(h.handle(), h.description(), h.kind(), runPhaseStarted));
        } else if (event instanceof AioEvent.TimerScheduled t) {
            timers.add(new Timer(t.handle(), t.when(), t.description(), false));
            timers.sort((a, b) -> Double.compare(a.when(), b.when()));
        } else if (event instanceof AioEvent.TimerCancelled t) {
            timers.replaceAll(x -> x.handle() == t.handle() ? new Timer(x.handle(), x.when(), x.description(), true) : x);
        } else if (event instanceof AioEvent.InterestChanged i) {
            interestChanged(i);
        } else if (event instanceof AioEvent.TaskCreated t) {
            tasks.put(t.task(), new TaskRow(t.task(), t.name(), t.coroutine(), TaskStatus.PENDING, "", "", time, -1, 0));
        } else if (event instanceof AioEvent.TaskStepped s) {
            taskStepped(s);
        } else if (event instanceof AioEvent.FutureStateChanged f) {
            futures.put(f.future(), new FutureRow(f.future(), f.description(), f.state(), List.copyOf(f.callbacks())));
            TaskRow t = tasks.get(f.future());
            if (t != null && "CANCELLED".equals(f.state()) && !t.status().finished()) {
                tasks.put(t.id(), t.with(TaskStatus.CANCELLED, "", "", time));
            }
        }
    }

    private void iterationStarted(AioEvent.IterationStarted s) {
        iteration = s.iteration();
        iterations++;
        phase = LoopPhase.COMPUTE_TIMEOUT;
        time = s.time();
        startClock();
        selectTimeout = s.selectTimeout();
        selectElapsed = Double.NaN;
        wokenUp = false;
        handlesRun = 0;
        runPhaseStarted = false;
        timersJustDue = new ArrayList<>();
        ready = new ArrayList<>();
        for (AioEvent.ReadyHandle h : s.ready()) {
            ready.add(new Ready(h.handle(), h.description(), "", false));
        }
        timers = new ArrayList<>();
        for (AioEvent.PendingTimer t : s.timers()) {
            timers.add(new Timer(t.handle(), t.when(), t.description(), t.cancelled()));
        }
        keys = new TreeMap<>();
        readyKeys = 0;
        for (AioEvent.SelectorKey k : s.keys()) {
            keys.put(k.fd(), new Key(k.fd(), k.ops(), 0, k.socket(), k.reader(), k.writer()));
        }
    }

    private void startClock() {
        if (Double.isNaN(origin)) {
            origin = time;
        }
    }

    private void selectReturned(AioEvent.SelectReturned s) {
        phase = s.readyKeys().isEmpty() ? LoopPhase.SELECT : LoopPhase.PROCESS_IO;
        time = s.time();
        selectElapsed = s.elapsed();
        wokenUp = s.wokenUp();
        long synthetic = -1_000_000L * (iteration + 1);
        readyKeys = s.readyKeys().size();
        for (AioEvent.SelectorKey r : s.readyKeys()) {
            keys.computeIfPresent(r.fd(), (fd, k) -> new Key(k.fd(), k.interest(), r.ops(), k.socket(), k.reader(), k.writer()));
            if ((r.ops() & AioEvent.READ) != 0 && !r.reader().isEmpty()) {
                ready.add(new Ready(synthetic--, r.reader(), "io", false));
            }
            if ((r.ops() & AioEvent.WRITE) != 0 && !r.writer().isEmpty()) {
                ready.add(new Ready(synthetic--, r.writer(), "io", false));
            }
        }
    }

    private void timersDue(AioEvent.TimersDue d) {
        phase = LoopPhase.MOVE_TIMERS;
        timersJustDue = new ArrayList<>(d.handles());
        for (Long id : d.handles()) {
            for (Timer t : timers) {
                if (t.handle() == id) {
                    ready.add(new Ready(t.handle(), t.description(), "timer", false));
                }
            }
        }
        Set<Long> due = new HashSet<>(d.handles());
        timers.removeIf(t -> due.contains(t.handle()));
    }

    private void callbackRun(AioEvent.CallbackRun r) {
        phase = LoopPhase.RUN_READY;
        runPhaseStarted = true;
        markRunningTasksPending();
        running = r.handle();
        runningDescription = r.description();
        int at = -1;
        for (int i = 0; i < ready.size() && at < 0; i++) {
            if (ready.get(i).handle() == r.handle()) {
                at = i;
            }
        }
        for (int i = 0; i < ready.size() && at < 0; i++) {
            if (ready.get(i).description().equals(r.description())) {
                at = i;
            }
        }
        if (at >= 0) {
            ready.remove(at);
        }
        Matcher m = TASK_NAME.matcher(r.description());
        if (r.description().contains("Task") && m.find()) {
            String name = m.group(1);
            tasks.replaceAll((id, t) -> t.name().equals(name) && !t.status().finished()
                    ? t.with(TaskStatus.RUNNING, "", t.detail(), -1) : t);
        }
    }

    /** A task that was running when the next callback started (or the iteration ended) did not say where it went. */
    private void markRunningTasksPending() {
        tasks.replaceAll((id, t) -> t.status() == TaskStatus.RUNNING ? t.with(TaskStatus.PENDING, "", t.detail(), -1) : t);
    }

    private void interestChanged(AioEvent.InterestChanged i) {
        if (i.ops() == 0) {
            keys.remove(i.fd());
        } else {
            keys.merge(i.fd(), new Key(i.fd(), i.ops(), 0, "", "", ""),
                    (k, fresh) -> new Key(k.fd(), i.ops(), k.ready(), k.socket(), k.reader(), k.writer()));
        }
    }

    private void taskStepped(AioEvent.TaskStepped s) {
        TaskRow t = tasks.get(s.task());
        if (t == null) {
            t = new TaskRow(s.task(), s.name(), s.coroutine(), TaskStatus.PENDING, "", "", time, -1, 0);
        }
        t = t.stepped();
        TaskRow next = switch (s.outcome()) {
            case "AWAITING" -> t.with(TaskStatus.WAITING, s.detail(), "", -1);
            case "YIELDED" -> t.with(TaskStatus.PENDING, "", "", -1);
            case "RETURNED" -> t.with(TaskStatus.DONE, "", s.detail(), time);
            case "RAISED" -> t.with(TaskStatus.FAILED, "", s.detail(), time);
            case "CANCELLED" -> t.with(TaskStatus.CANCELLED, "", s.detail(), time);
            default -> t;
        };
        tasks.put(s.task(), next);
    }
}
