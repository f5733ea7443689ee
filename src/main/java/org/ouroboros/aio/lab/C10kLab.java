package org.ouroboros.aio.lab;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One run of the lab: an echo server of the chosen kind, the clients ramping up against it, and
 * a sampler that hands a {@link LabSample} to the listener every {@value #SAMPLE_MILLIS} ms on
 * its own thread. {@link #close()} stops everything at any time and frees every socket.
 */
public final class C10kLab implements AutoCloseable {
    public static final int SAMPLE_MILLIS = 100;
    /** Descriptors kept free for the JVM's own files (jars, pipes, the selector's eventfd). */
    static final int DESCRIPTOR_MARGIN = 300;

    /** Where the clients run. */
    public enum Placement {
        /** In this process when both ends fit under the descriptor limit, else in a child JVM. */
        AUTO,
        IN_PROCESS,
        CHILD_PROCESS
    }

    private final LabSettings settings;
    private final EchoServer server;
    private final LoadSide load;
    private final boolean child;
    private final Consumer<LabSample> listener;
    private final ScheduledExecutorService sampler;
    private final long startNanos = System.nanoTime();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** (time, requests answered in total) of the last second's samples: the rate is taken over them. */
    private final java.util.ArrayDeque<long[]> answeredHistory = new java.util.ArrayDeque<>();
    /** Requests are counted over this window, so a late stats line from the child does not make the rate jump. */
    static final long RATE_WINDOW_NANOS = 1_000_000_000L;
    private volatile LabSample latest;

    private C10kLab(LabSettings settings, EchoServer server, LoadSide load, boolean child, Consumer<LabSample> listener) {
        this.settings = settings;
        this.server = server;
        this.load = load;
        this.child = child;
        this.listener = listener;
        this.sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "c10k-sampler");
            t.setDaemon(true);
            return t;
        });
    }

    public static C10kLab start(LabSettings settings, Consumer<LabSample> listener) throws IOException {
        return start(settings, Placement.AUTO, listener);
    }

    /** Starts the server and the clients (blocking for a moment when a child JVM starts: not on the FX thread). */
    public static C10kLab start(LabSettings settings, Placement placement, Consumer<LabSample> listener) throws IOException {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(listener, "listener");
        boolean child = placement == Placement.CHILD_PROCESS
                || placement == Placement.AUTO && !fitsInProcess(settings.connections());
        EchoServer server = EchoServer.start(settings.kind());
        LoadSide load;
        try {
            load = child
                    ? RemoteLoadSide.start(server.port(), settings.connections(), settings.rampPerSecond(), settings.thinkMillis())
                    : LoadClient.start(server.port(), settings.connections(), settings.rampPerSecond(), settings.thinkMillis());
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        C10kLab lab = new C10kLab(settings, server, load, child, listener);
        lab.sampler.scheduleAtFixedRate(lab::sampleAndPublish, SAMPLE_MILLIS, SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
        return lab;
    }

    /** True when client and server sockets for {@code connections} both fit under the open-file limit. */
    static boolean fitsInProcess(int connections) {
        long max = ProcessGauges.maxDescriptors();
        long open = ProcessGauges.openDescriptors();
        return max < 0 || open + 2L * connections + DESCRIPTOR_MARGIN <= max;
    }

    public LabSettings settings() {
        return settings;
    }

    /** True when the clients run in a child JVM. */
    public boolean childProcess() {
        return child;
    }

    /** The last sample published, or null before the first. */
    public LabSample latest() {
        return latest;
    }

    /**
     * What the event-loop server's loop did so far (counts, busiest connections, a sampled
     * iteration), or null for the thread-per-connection server, which has no loop. Never blocks.
     */
    public LoopDigest loopDigest() {
        return server instanceof SelectorEchoServer loop ? loop.loopDigest() : null;
    }

    public boolean isClosed() {
        return closed.get();
    }

    private void sampleAndPublish() {
        try {
            LabSample s = sample(null);
            latest = s;
            listener.accept(s);
        } catch (RuntimeException e) {
            // a listener's failure must not end the sampling (the executor would stop silently)
        }
    }

    private synchronized LabSample sample(LabPhase forced) {
        long now = System.nanoTime();
        ClientStats c = load.drain();
        answeredHistory.addLast(new long[] {now, c.answered()});
        while (answeredHistory.size() > 2 && now - answeredHistory.peekFirst()[0] > RATE_WINDOW_NANOS) {
            answeredHistory.removeFirst();
        }
        long[] oldest = answeredHistory.peekFirst();
        double seconds = (now - oldest[0]) / 1e9;
        double rate = seconds <= 0 ? 0 : (c.answered() - oldest[1]) / seconds;
        IOException acceptFailure = server.acceptFailure();
        LimitProblem limit = LimitProblem.of(acceptFailure != null ? String.valueOf(acceptFailure.getMessage()) : c.failure());
        int held = server.connectionsHeld();
        LabPhase phase = forced != null ? forced
                : limit != null && limit.kind() != LimitProblem.Kind.OTHER ? LabPhase.LIMITED
                : held >= settings.connections() && c.open() >= settings.connections() ? LabPhase.HOLDING
                : LabPhase.RAMPING;
        return new LabSample((now - startNanos) / 1_000_000L, settings.kind(), phase, settings.connections(), c.open(),
                held, c.failedConnects(), rate, c.p50Micros(), c.p99Micros(), server.threads(),
                ProcessGauges.threads(), ProcessGauges.heapUsed(), ProcessGauges.resident(),
                ProcessGauges.openDescriptors(), ProcessGauges.maxDescriptors(), child, limit);
    }

    /** Stops the clients and the server; returns when their sockets and threads are gone. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        sampler.shutdownNow();
        try {
            sampler.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        load.close();
        server.close();
        LabSample last = sample(LabPhase.STOPPED);
        latest = last;
        listener.accept(last);
    }
}
