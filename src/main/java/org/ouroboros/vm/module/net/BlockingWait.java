package org.ouroboros.vm.module.net;

import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import org.ouroboros.trace.AioEvent;
import org.ouroboros.vm.VmLimitExceeded;
import org.ouroboros.vm.interp.ThreadState;

/**
 * How a blocking socket call waits: on a private selector, in slices of at most 100 ms, so a
 * pending Ctrl+C ({@code Vm.interrupt}) or a cancelled run ends the wait as it would end
 * CPython's blocking {@code recv}. Each wait is reported as a {@link AioEvent.SocketWaited}.
 */
final class BlockingWait {
    private static final long SLICE_MS = 100;
    private final NetState net;
    private Selector selector;

    BlockingWait(NetState net) {
        this.net = net;
    }

    /** Waits until {@code channel} is ready for {@code op}; raises TimeoutError after {@code timeout} s (negative: never). */
    void await(SelectableChannel channel, int op, double timeout, int fd, String operation) throws IOException {
        if (selector == null) {
            selector = Selector.open();
        }
        SelectionKey key = channel.register(selector, op);
        long start = System.nanoTime();
        long deadline = timeout < 0 ? Long.MAX_VALUE : start + (long) (timeout * 1e9);
        ThreadState ts = ThreadState.currentOrNull();
        try {
            while (true) {
                long left = deadline == Long.MAX_VALUE ? SLICE_MS : (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    throw OsErrors.raise("TimeoutError", 110, "timed out");
                }
                int n = select(ts, Math.max(1, Math.min(SLICE_MS, left)));
                selector.selectedKeys().clear();
                if (n > 0) {
                    break;
                }
                if (ts != null) {
                    ts.vm().raisePendingInterrupt(ts);
                    if (ts.vm().cancelled() && !ts.vm().interruptPending()) {
                        throw new VmLimitExceeded("run cancelled during a blocking " + operation);
                    }
                }
            }
        } finally {
            key.cancel();
            selector.selectNow();
            net.emit(new AioEvent.SocketWaited(fd, operation, (System.nanoTime() - start) / 1e9,
                    Thread.currentThread().getName()));
        }
    }

    /** One slice of waiting; with simulated threads the GIL is released meanwhile (as CPython's recv does). */
    private int select(ThreadState ts, long millis) throws IOException {
        org.ouroboros.sched.Scheduler s = ts == null ? null : ts.vm().scheduler();
        if (s == null) {
            return selector.select(millis);
        }
        try {
            return s.blockingRealCall(() -> selector.select(millis));
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    void close() {
        if (selector != null) {
            try {
                selector.close();
            } catch (IOException e) {
                // Nothing left to release.
            }
        }
    }
}
