package org.ouroboros.vm.module.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ouroboros.aio.Interest;
import org.ouroboros.trace.AioEvent;
import org.ouroboros.vm.VmLimitExceeded;
import org.ouroboros.vm.interp.ThreadState;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyType;

/**
 * {@code selectors.DefaultSelector} (an {@code EpollSelector}, as on Linux) over a Java
 * {@link Selector}: register/modify/unregister file objects with EVENT_READ/EVENT_WRITE and a
 * {@code data} value, select returns the ready keys. Each select is traced as {@link AioEvent.SelectCalled}.
 */
final class PySelector extends PyObject {
    /** One registration: the Python key object and the Java key. */
    record Entry(PySocket socket, PyObject key, SelectionKey javaKey, int events) {}

    private final NetState net;
    private final int id;
    private Selector selector;
    private final Map<Integer, Entry> byFd = new LinkedHashMap<>();

    PySelector(PyType type, NetState net) {
        super(type);
        this.net = net;
        this.id = net.nextSelectorId();
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<Integer, Entry> entries() {
        return byFd;
    }

    void put(PySocket s, PyObject key, int events) {
        SelectableChannel ch = s.selectable();
        if (ch == null) {
            throw OsErrors.raise("OSError", OsErrors.EBADF, "Bad file descriptor (socket not connected or listening yet)");
        }
        try {
            SelectionKey old = ch.keyFor(selector);
            SelectionKey k;
            if (old != null && old.isValid()) {
                old.interestOps(Interest.javaOps(ch, events));
                k = old;
            } else {
                if (old != null) {
                    selector.selectNow();
                    selector.selectedKeys().clear();
                }
                ch.configureBlocking(false);
                k = ch.register(selector, Interest.javaOps(ch, events), s);
            }
            byFd.put(s.fd(), new Entry(s, key, k, events));
        } catch (IOException e) {
            throw OsErrors.of(e);
        }
    }

    Entry remove(int fd) {
        Entry e = byFd.remove(fd);
        if (e != null) {
            e.javaKey().cancel();
        }
        return e;
    }

    /** Ready (entry, events) pairs; {@code timeout} seconds, negative to block. */
    List<Object[]> select(double timeout) {
        long start = System.nanoTime();
        List<AioEvent.SelectorKey> registered = net.tracing() ? keys(false) : null;
        ThreadState ts = ThreadState.currentOrNull();
        try {
            // keys whose connect was refused report nothing to epoll once OP_CONNECT is cleared; refresh interest
            for (Entry e : byFd.values()) {
                if (e.javaKey().isValid()) {
                    int ops = Interest.javaOps(e.javaKey().channel(), e.events());
                    if (ops != e.javaKey().interestOps()) {
                        e.javaKey().interestOps(ops);
                    }
                }
            }
            int n;
            if (timeout == 0) {
                n = selector.selectNow();
            } else {
                long deadline = timeout < 0 ? Long.MAX_VALUE : start + (long) (timeout * 1e9);
                while (true) {
                    long left = deadline == Long.MAX_VALUE ? 100 : (deadline - System.nanoTime()) / 1_000_000;
                    if (left <= 0) {
                        n = selector.selectNow();
                        break;
                    }
                    n = selector.select(Math.max(1, Math.min(100, left)));
                    if (n > 0) {
                        break;
                    }
                    if (ts != null) {
                        ts.vm().raisePendingInterrupt(ts);
                        if (ts.vm().cancelled() && !ts.vm().interruptPending()) {
                            throw new VmLimitExceeded("run cancelled during selector.select()");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw OsErrors.of(e);
        }
        List<Object[]> ready = new ArrayList<>();
        for (SelectionKey k : selector.selectedKeys()) {
            if (!k.isValid()) {
                continue;
            }
            PySocket s = (PySocket) k.attachment();
            Entry e = byFd.get(s.fd());
            if (e == null) {
                continue;
            }
            int events = Interest.readyEvents(k) & e.events();
            if (events != 0) {
                ready.add(new Object[] {e, events});
            }
        }
        selector.selectedKeys().clear();
        ready.sort((a, b) -> Integer.compare(((Entry) a[0]).socket().fd(), ((Entry) b[0]).socket().fd()));
        if (registered != null) {
            List<AioEvent.SelectorKey> readyKeys = new ArrayList<>();
            for (Object[] r : ready) {
                Entry e = (Entry) r[0];
                readyKeys.add(new AioEvent.SelectorKey(e.socket().fd(), (Integer) r[1], e.socket().local() + " -> "
                        + e.socket().remote(), "", ""));
            }
            net.emit(new AioEvent.SelectCalled(id, "selectors.select", registered, timeout,
                    readyKeys, (System.nanoTime() - start) / 1e9));
        }
        return ready;
    }

    private List<AioEvent.SelectorKey> keys(boolean unused) {
        List<AioEvent.SelectorKey> out = new ArrayList<>();
        for (Entry e : byFd.values()) {
            out.add(new AioEvent.SelectorKey(e.socket().fd(), e.events(), e.socket().local() + " -> " + e.socket().remote(),
                    "", ""));
        }
        return out;
    }

    void close() {
        try {
            selector.close();
        } catch (IOException e) {
            // nothing left to release
        }
        byFd.clear();
    }
}
