package org.ouroboros.aio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.ouroboros.trace.AioEvent;

/**
 * An asyncio-style event loop on a real {@link Selector}, structured like CPython's
 * {@code BaseEventLoop._run_once}: a ready deque, a timer heap, {@code select} with a timeout from
 * the nearest timer (0 when work is ready), I/O callbacks queued from the selected keys, due
 * timers moved to the ready deque, then exactly the handles ready at that moment run (what they
 * schedule waits for the next iteration).
 *
 * <p>One thread runs the loop; every method except {@link #callSoonThreadsafe}, {@link #wakeup}
 * and {@link #stop} must be called on it.
 */
public final class EventLoop implements AutoCloseable {
    private static final AtomicInteger LOOP_IDS = new AtomicInteger();
    /** asyncio's clock resolution: timers due within it count as due. */
    private static final double CLOCK_RESOLUTION = 1e-9;
    /** asyncio's MAXIMUM_SELECT_TIMEOUT: one day. */
    private static final double MAX_SELECT_TIMEOUT = 24 * 3600;

    private final int id = LOOP_IDS.incrementAndGet();
    private final LoopClock clock;
    private final LoopStepper stepper;
    private final LoopTrace trace;
    private final Selector selector;
    private final ArrayDeque<Handle> ready = new ArrayDeque<>();
    private final PriorityQueue<TimerHandle> timers = new PriorityQueue<>();
    private final ConcurrentLinkedQueue<Handle> fromOtherThreads = new ConcurrentLinkedQueue<>();
    private final AtomicLong handleIds = new AtomicLong();
    private volatile boolean stopping;
    private volatile boolean closed;
    private volatile Thread runningThread;
    private volatile boolean wokenUp;
    private long iteration;
    private Runnable afterSelect = () -> {};
    private BlockingSection blockingSection = BlockingSection.DIRECT;

    /**
     * Wraps the loop's blocking selects: the VM releases its GIL around them (other simulated
     * threads, e.g. run_in_executor workers, run meanwhile), like CPython's select module does.
     */
    @FunctionalInterface
    public interface BlockingSection {
        BlockingSection DIRECT = java.util.concurrent.Callable::call;

        int run(java.util.concurrent.Callable<Integer> blockingSelect) throws Exception;
    }

    public EventLoop(LoopOptions options) {
        this.clock = options.clock();
        this.stepper = options.stepper();
        this.trace = new LoopTrace(id, options.sink());
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        trace.emit(new AioEvent.LoopCreated(id, selector.getClass().getSimpleName(), clock.isVirtual()));
    }

    public EventLoop() {
        this(LoopOptions.defaults());
    }

    public int id() {
        return id;
    }

    /** {@code loop.time()}. */
    public double time() {
        return clock.now();
    }

    public LoopClock clock() {
        return clock;
    }

    /** Iterations run so far. */
    public long iterations() {
        return iteration;
    }

    /** Called on the loop thread right after each select: the VM raises a pending KeyboardInterrupt here. */
    public void setAfterSelect(Runnable hook) {
        afterSelect = hook;
    }

    public void setBlockingSection(BlockingSection section) {
        blockingSection = section;
    }

    /** Emits an event into this loop's trace (for the layers above: tasks, futures, sockets). */
    public void emit(AioEvent event) {
        trace.emit(event);
    }

    public boolean tracing() {
        return trace.on();
    }

    // ---- scheduling ----

    /** {@code call_soon}: appended to the ready deque, runs in the next iteration. */
    public Handle callSoon(Runnable action, String description) {
        return callSoon(action, () -> description);
    }

    /** As above with a description computed only when traced. */
    public Handle callSoon(Runnable action, Supplier<String> description) {
        checkClosed();
        Handle h = new Handle(handleIds.incrementAndGet(), action, description, Handle.Kind.SOON);
        ready.add(h);
        traceScheduled(h);
        return h;
    }

    /** {@code call_soon_threadsafe}: safe from any thread; wakes the loop's select. */
    public Handle callSoonThreadsafe(Runnable action, String description) {
        return callSoonThreadsafe(action, () -> description);
    }

    /** As above with a description computed only when traced. */
    public Handle callSoonThreadsafe(Runnable action, Supplier<String> description) {
        checkClosed();
        Handle h = new Handle(handleIds.incrementAndGet(), action, description, Handle.Kind.THREADSAFE);
        fromOtherThreads.add(h);
        traceScheduled(h);
        wakeup();
        return h;
    }

    /** {@code call_at}: runs once the loop time reaches {@code when}. */
    public TimerHandle callAt(double when, Runnable action, String description) {
        return callAt(when, action, () -> description);
    }

    /** As above with a description computed only when traced. */
    public TimerHandle callAt(double when, Runnable action, Supplier<String> description) {
        checkClosed();
        TimerHandle t = new TimerHandle(handleIds.incrementAndGet(), when, action, description);
        timers.add(t);
        if (trace.on()) {
            trace.emit(new AioEvent.TimerScheduled(id, t.id(), when, t.description()));
        }
        return t;
    }

    /** {@code call_later}. */
    public TimerHandle callLater(double delay, Runnable action, String description) {
        return callAt(time() + delay, action, description);
    }

    public TimerHandle callLater(double delay, Runnable action, Supplier<String> description) {
        return callAt(time() + delay, action, description);
    }

    /** {@code handle.cancel()}: the loop skips it; a timer stays in the heap until dropped. */
    public void cancel(Handle h) {
        if (h.cancelled()) {
            return;
        }
        h.markCancelled();
        if (h instanceof TimerHandle t && trace.on()) {
            trace.emit(new AioEvent.TimerCancelled(id, t.id()));
        }
    }

    private void traceScheduled(Handle h) {
        if (trace.on()) {
            trace.emit(new AioEvent.HandleScheduled(id, h.id(), h.description(), h.kind().label(),
                    Thread.currentThread().getName()));
        }
    }

    /** Ends a blocking select from any thread (Java's epoll selector writes an eventfd). */
    public void wakeup() {
        wokenUp = true;
        if (trace.on() && Thread.currentThread() != runningThread) {
            trace.emit(new AioEvent.WakeupRequested(id, Thread.currentThread().getName()));
        }
        selector.wakeup();
    }

    // ---- I/O ----

    /** {@code add_reader}: {@code callback} runs whenever {@code channel} is readable (or can accept). */
    public void addReader(SelectableChannel channel, int fd, String label, Runnable callback, String description) {
        IoCallbacks io = callbacks(channel, fd, label);
        io.reader = new Handle(handleIds.incrementAndGet(), callback, () -> description, Handle.Kind.IO);
        updateInterest(channel, io);
    }

    /** {@code add_writer}: {@code callback} runs whenever {@code channel} is writable (or its connect finished). */
    public void addWriter(SelectableChannel channel, int fd, String label, Runnable callback, String description) {
        IoCallbacks io = callbacks(channel, fd, label);
        io.writer = new Handle(handleIds.incrementAndGet(), callback, () -> description, Handle.Kind.IO);
        updateInterest(channel, io);
    }

    /** {@code remove_reader}: true when a reader was registered. */
    public boolean removeReader(SelectableChannel channel) {
        SelectionKey key = channel.keyFor(selector);
        if (key == null || !key.isValid() || !(key.attachment() instanceof IoCallbacks io) || io.reader == null) {
            return false;
        }
        io.reader.markCancelled();
        io.reader = null;
        updateInterest(channel, io);
        return true;
    }

    /** {@code remove_writer}: true when a writer was registered. */
    public boolean removeWriter(SelectableChannel channel) {
        SelectionKey key = channel.keyFor(selector);
        if (key == null || !key.isValid() || !(key.attachment() instanceof IoCallbacks io) || io.writer == null) {
            return false;
        }
        io.writer.markCancelled();
        io.writer = null;
        updateInterest(channel, io);
        return true;
    }

    /** Channels currently registered. */
    public int registeredKeys() {
        return selector.keys().size();
    }

    private IoCallbacks callbacks(SelectableChannel channel, int fd, String label) {
        checkClosed();
        SelectionKey key = channel.keyFor(selector);
        if (key != null && key.isValid() && key.attachment() instanceof IoCallbacks io) {
            return io;
        }
        return new IoCallbacks(fd, label);
    }

    private void updateInterest(SelectableChannel channel, IoCallbacks io) {
        int events = io.events();
        SelectionKey key = channel.keyFor(selector);
        try {
            if (events == 0) {
                if (key != null) {
                    key.cancel();
                }
            } else if (key != null && key.isValid()) {
                key.interestOps(Interest.javaOps(channel, events));
            } else {
                if (key != null) {
                    selector.selectNow(); // flushes the cancelled key so the channel can register again
                    requeueSelected();
                }
                channel.configureBlocking(false);
                channel.register(selector, Interest.javaOps(channel, events), io);
            }
        } catch (ClosedChannelException e) {
            throw new UncheckedIOException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (trace.on()) {
            trace.emit(new AioEvent.InterestChanged(id, io.fd, events));
        }
    }

    /** Keys the flushing selectNow found ready are dropped: level-triggered epoll reports them again. */
    private void requeueSelected() {
        selector.selectedKeys().clear();
    }

    // ---- running ----

    public boolean isRunning() {
        return runningThread != null;
    }

    public boolean isClosed() {
        return closed;
    }

    /** {@code loop.stop()}: the loop finishes the current iteration (and one more if idle), then returns. */
    public void stop() {
        stopping = true;
        if (runningThread != null && Thread.currentThread() != runningThread) {
            selector.wakeup();
        }
    }

    /** {@code run_forever}: iterations until {@link #stop()}. */
    public void runForever() {
        checkClosed();
        if (runningThread != null) {
            throw new IllegalStateException("This event loop is already running");
        }
        runningThread = Thread.currentThread();
        trace.emit(new AioEvent.LoopStateChanged(id, "RUNNING", time()));
        try {
            while (true) {
                runOnce();
                if (stopping) {
                    break;
                }
            }
        } finally {
            stopping = false;
            runningThread = null;
            trace.emit(new AioEvent.LoopStateChanged(id, "STOPPED", time()));
        }
    }

    /** One iteration, exactly as asyncio's {@code _run_once}. */
    public void runOnce() {
        long index = iteration++;
        Handle h;
        while ((h = fromOtherThreads.poll()) != null) {
            ready.add(h);
        }
        dropCancelledTimers();
        double timeout = selectTimeout();
        if (stepper != LoopStepper.FREE_RUNNING) {
            awaitStep(index);
        }
        if (trace.on()) {
            trace.emit(new AioEvent.IterationStarted(id, index, time(), LoopTrace.ready(ready),
                    LoopTrace.timers(timers), LoopTrace.keys(selector), timeout));
        }
        select(index, timeout);
        afterSelect.run();
        moveDueTimers(index);
        int ntodo = ready.size();
        int run = 0;
        for (int i = 0; i < ntodo; i++) {
            Handle handle = ready.poll();
            if (handle.cancelled()) {
                continue;
            }
            run++;
            if (trace.on()) {
                trace.emit(new AioEvent.CallbackRun(id, index, handle.id(), handle.description(), handle.kind().label()));
            }
            handle.run();
        }
        if (trace.on()) {
            trace.emit(new AioEvent.IterationFinished(id, index, time(), run, stopping));
        }
    }

    /** Waits at the stepper's gate like a blocking call (other simulated threads run meanwhile). */
    private void awaitStep(long index) {
        try {
            blockingSection.run(() -> {
                stepper.awaitNextIteration(index);
                return 0;
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoopInterrupted();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Thrown on the loop thread when the stepper's wait was interrupted (the run is being cancelled). */
    public static final class LoopInterrupted extends RuntimeException {
        LoopInterrupted() {
            super("event loop interrupted while waiting for the next step");
        }
    }

    private void dropCancelledTimers() {
        while (!timers.isEmpty() && timers.peek().cancelled()) {
            timers.poll();
        }
        if (timers.size() > 100) {
            int cancelled = 0;
            for (TimerHandle t : timers) {
                if (t.cancelled()) {
                    cancelled++;
                }
            }
            if (cancelled * 2 > timers.size()) {
                timers.removeIf(Handle::cancelled);
            }
        }
    }

    /** 0 with work ready (or stopping), the wait to the nearest timer, or -1 to block. */
    private double selectTimeout() {
        if (!ready.isEmpty() || stopping || !fromOtherThreads.isEmpty()) {
            return 0;
        }
        if (!timers.isEmpty()) {
            return Math.min(Math.max(0, timers.peek().when() - time()), MAX_SELECT_TIMEOUT);
        }
        return -1;
    }

    private void select(long index, double timeout) {
        double before = time();
        int n;
        try {
            n = clock.isVirtual() ? selectVirtual(timeout) : selectReal(timeout);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean woke = wokenUp;
        wokenUp = false;
        List<AioEvent.SelectorKey> readyKeys = trace.on() ? new ArrayList<>() : null;
        if (n > 0) {
            Iterator<SelectionKey> it = selector.selectedKeys().iterator();
            while (it.hasNext()) {
                SelectionKey key = it.next();
                it.remove();
                if (!key.isValid() || !(key.attachment() instanceof IoCallbacks io)) {
                    continue;
                }
                int events = Interest.readyEvents(key);
                if (readyKeys != null) {
                    readyKeys.add(LoopTrace.key(io, events));
                }
                if ((events & Interest.READ) != 0 && io.reader != null) {
                    ready.add(io.reader);
                }
                if ((events & Interest.WRITE) != 0 && io.writer != null) {
                    ready.add(io.writer);
                }
            }
        }
        if (readyKeys != null) {
            readyKeys.sort((a, b) -> Integer.compare(a.fd(), b.fd()));
            trace.emit(new AioEvent.SelectReturned(id, index, time(), readyKeys, time() - before, woke));
        }
    }

    private int selectReal(double timeout) throws IOException {
        if (timeout == 0) {
            return selector.selectNow();
        }
        long millis = timeout < 0 ? 0 : Math.max(1, (long) Math.ceil(timeout * 1000));
        try {
            return blockingSection.run(() -> selector.select(millis));
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Virtual time: with nothing that real I/O or another thread could deliver, the clock jumps
     * to the next timer; otherwise the real wait happens and the clock moves by what it took.
     */
    private int selectVirtual(double timeout) throws IOException {
        if (timeout == 0) {
            return selector.selectNow();
        }
        if (timeout > 0 && selector.keys().isEmpty() && fromOtherThreads.isEmpty()) {
            int n = selector.selectNow();
            if (n == 0 && fromOtherThreads.isEmpty() && !wokenUp) {
                clock.advance(timeout);
            }
            return n;
        }
        long start = System.nanoTime();
        int n = selectReal(timeout);
        double waited = (System.nanoTime() - start) / 1e9;
        clock.advance(timeout > 0 && n == 0 && !wokenUp ? timeout : Math.min(waited, timeout > 0 ? timeout : waited));
        return n;
    }

    private void moveDueTimers(long index) {
        double end = time() + CLOCK_RESOLUTION;
        List<Long> moved = null;
        while (!timers.isEmpty()) {
            TimerHandle t = timers.peek();
            if (t.when() >= end) {
                break;
            }
            timers.poll();
            if (t.cancelled()) {
                continue;
            }
            ready.add(t);
            if (trace.on()) {
                if (moved == null) {
                    moved = new ArrayList<>();
                }
                moved.add(t.id());
            }
        }
        if (moved != null) {
            trace.emit(new AioEvent.TimersDue(id, index, moved));
        }
    }

    // ---- closing ----

    /** {@code loop.close()}: drops pending callbacks and closes the selector (not the channels). */
    @Override
    public void close() {
        if (runningThread != null) {
            throw new IllegalStateException("Cannot close a running event loop");
        }
        if (closed) {
            return;
        }
        closed = true;
        ready.clear();
        timers.clear();
        fromOtherThreads.clear();
        try {
            selector.close();
        } catch (IOException e) {
            // A selector that fails to close has nothing left to release.
        }
        trace.emit(new AioEvent.LoopStateChanged(id, "CLOSED", time()));
    }

    private void checkClosed() {
        if (closed) {
            throw new IllegalStateException("Event loop is closed");
        }
    }

    /** Ready handles waiting for the next iteration (for tests and views). */
    public int readyCount() {
        return ready.size() + fromOtherThreads.size();
    }

    /** Timers in the heap, cancelled ones included. */
    public int timerCount() {
        return timers.size();
    }
}
