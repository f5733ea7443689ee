package org.ouroboros.ui.view.io;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ouroboros.aio.lab.IoModel;
import org.ouroboros.trace.AioEvent;
import org.ouroboros.trace.TraceEvent;

/**
 * A program's socket I/O up to one position of its trace, from {@link AioEvent}s: its sockets,
 * the time each thread spent blocked in socket calls, its {@code select} calls (its own or an
 * asyncio loop's) with what they watched and returned, and which I/O model that makes it.
 * Only the last {@value #KEPT} waits and selects are kept as rows; the totals count all.
 * Mutable for folding; {@link #copy()} gives an independent one.
 */
public final class ProgramIo {
    static final int KEPT = 30;

    /**
     * A socket: how it was opened, where it went, whether it is closed; {@code waited} when a
     * call on it blocked, {@code watched} when a select watched it (a program sets such sockets
     * non-blocking; {@code setblocking} itself leaves no event).
     */
    public record Socket(int fd, String kind, boolean blocking, String local, String host, String remote, boolean closed,
            boolean waited, boolean watched) {
        Socket with(String newLocal, String newHost, String newRemote) {
            return new Socket(fd, kind, blocking, newLocal, newHost, newRemote, closed, waited, watched);
        }

        Socket flagged(boolean isClosed, boolean hasWaited, boolean isWatched) {
            return new Socket(fd, kind, blocking, local, host, remote, closed || isClosed, waited || hasWaited, watched || isWatched);
        }
    }

    /** One blocking call that had to wait. */
    public record Wait(int fd, String operation, double seconds, String thread) {}

    /** One select call: how many sockets it watched, how long it waited, the sockets it returned. */
    public record Select(long number, String api, int watched, double seconds, List<Ready> ready) {}

    /** A socket a select returned, with its ready ops ({@link AioEvent#READ}/{@link AioEvent#WRITE} bits). */
    public record Ready(int fd, int ops) {}

    /** A thread's time blocked in socket calls, and in how many calls. */
    public record Blocked(String thread, double seconds, int calls) {}

    private final TreeMap<Integer, Socket> sockets = new TreeMap<>();
    private final Map<String, Blocked> blocked = new LinkedHashMap<>();
    private ArrayDeque<Wait> waits = new ArrayDeque<>();
    private ArrayDeque<Select> selects = new ArrayDeque<>();
    private long waitCount;
    private long selectCount;
    private double selectSeconds;
    private long readyReturned;
    private boolean eventLoop;
    /** Keys registered with an asyncio loop at the start of its current iteration. */
    private int loopKeys;

    public ProgramIo copy() {
        ProgramIo c = new ProgramIo();
        c.sockets.putAll(sockets);
        c.blocked.putAll(blocked);
        c.waits = new ArrayDeque<>(waits);
        c.selects = new ArrayDeque<>(selects);
        c.waitCount = waitCount;
        c.selectCount = selectCount;
        c.selectSeconds = selectSeconds;
        c.readyReturned = readyReturned;
        c.eventLoop = eventLoop;
        c.loopKeys = loopKeys;
        return c;
    }

    void apply(TraceEvent event) {
        if (event instanceof AioEvent.SocketOpened o) {
            sockets.put(o.fd(), new Socket(o.fd(), o.kind(), o.blocking(), o.local(), "", "", false, false, false));
        } else if (event instanceof AioEvent.SocketConnected c) {
            Socket s = sockets.getOrDefault(c.fd(), new Socket(c.fd(), "client", true, "", "", "", false, false, false));
            sockets.put(c.fd(), s.with(c.local(), c.host(), c.remote()));
        } else if (event instanceof AioEvent.SocketClosed c) {
            sockets.computeIfPresent(c.fd(), (fd, s) -> s.flagged(true, false, false));
        } else if (event instanceof AioEvent.SocketWaited w) {
            waitCount++;
            sockets.computeIfPresent(w.fd(), (fd, s) -> s.flagged(false, true, false));
            blocked.merge(w.thread(), new Blocked(w.thread(), w.seconds(), 1),
                    (a, b) -> new Blocked(a.thread(), a.seconds() + b.seconds(), a.calls() + 1));
            keep(waits, new Wait(w.fd(), w.operation(), w.seconds(), w.thread()));
        } else if (event instanceof AioEvent.SelectCalled s) {
            for (AioEvent.SelectorKey k : s.registered()) {
                sockets.computeIfPresent(k.fd(), (fd, sock) -> sock.flagged(false, false, true));
            }
            selected(s.api(), s.registered().size(), s.elapsed(), s.ready());
        } else if (event instanceof AioEvent.IterationStarted i) {
            eventLoop = true;
            loopKeys = i.keys().size();
            for (AioEvent.SelectorKey k : i.keys()) {
                sockets.computeIfPresent(k.fd(), (fd, sock) -> sock.watched() ? sock : sock.flagged(false, false, true));
            }
        } else if (event instanceof AioEvent.SelectReturned r) {
            eventLoop = true;
            selected("asyncio", loopKeys, r.elapsed(), r.readyKeys());
        }
    }

    private void selected(String api, int watched, double seconds, List<AioEvent.SelectorKey> ready) {
        selectCount++;
        selectSeconds += Math.max(0, seconds);
        readyReturned += ready.size();
        List<Ready> returned = new ArrayList<>();
        for (AioEvent.SelectorKey k : ready) {
            returned.add(new Ready(k.fd(), k.ops()));
        }
        keep(selects, new Select(selectCount, api, watched, seconds, returned));
    }

    private static <T> void keep(ArrayDeque<T> rows, T row) {
        rows.addLast(row);
        while (rows.size() > KEPT) {
            rows.removeFirst();
        }
    }

    /** The model this program's I/O follows so far, or null when it made no socket call yet. */
    public IoModel model() {
        if (selectCount > 0) {
            return IoModel.MULTIPLEXING;
        }
        if (sockets.isEmpty() && waitCount == 0) {
            return null;
        }
        if (waitCount > 0) {
            return IoModel.BLOCKING;
        }
        return sockets.values().stream().anyMatch(s -> !s.blocking()) ? IoModel.NON_BLOCKING : IoModel.BLOCKING;
    }

    /** True when the selects were an asyncio event loop's. */
    public boolean eventLoop() {
        return eventLoop;
    }

    public List<Socket> sockets() {
        return new ArrayList<>(sockets.values());
    }

    public List<Blocked> blocked() {
        return new ArrayList<>(blocked.values());
    }

    /** The last {@value #KEPT} waits, oldest first. */
    public List<Wait> waits() {
        return new ArrayList<>(waits);
    }

    /** The last {@value #KEPT} selects, oldest first. */
    public List<Select> selects() {
        return new ArrayList<>(selects);
    }

    public long waitCount() {
        return waitCount;
    }

    public long selectCount() {
        return selectCount;
    }

    public double selectSeconds() {
        return selectSeconds;
    }

    public long readyReturned() {
        return readyReturned;
    }

    /** Folds a trace into {@link ProgramIo}s. */
    static final class Fold implements org.ouroboros.ui.player.TraceFold<ProgramIo> {
        @Override
        public ProgramIo initial() {
            return new ProgramIo();
        }

        @Override
        public ProgramIo apply(ProgramIo state, TraceEvent event) {
            state.apply(event);
            return state;
        }

        @Override
        public ProgramIo copy(ProgramIo state) {
            return state.copy();
        }
    }
}
