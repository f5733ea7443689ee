package org.ouroboros.aio.lab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.ouroboros.aio.lab.LoopDigest.Action;
import org.ouroboros.aio.lab.LoopDigest.KeyActivity;
import org.ouroboros.aio.lab.LoopDigest.SampledIteration;
import org.ouroboros.aio.lab.LoopDigest.SampledKey;

/**
 * Counts what the event-loop server's loop does, on the loop thread itself, and publishes a
 * {@link LoopDigest} at most every {@value #WINDOW_MILLIS} ms for any other thread to read.
 * The cost per event is a few increments and a look at {@value #BUSIEST} slots: no queue, no
 * allocation per event, nothing that grows with the number of connections. A reader never waits:
 * {@link #latest()} is one volatile read.
 */
final class LoopTally {
    static final int BUSIEST = LoopDigest.BUSIEST;
    static final int SAMPLED_KEYS = LoopDigest.SAMPLED_KEYS;
    static final long WINDOW_MILLIS = LoopDigest.WINDOW_MILLIS;
    private static final long WINDOW_NANOS = WINDOW_MILLIS * 1_000_000L;

    private long iterations;
    private long keysReturned;
    private int maxKeysReturned;
    private long accepts;
    private long reads;
    private long writes;
    private long closes;
    private long selectNanos;
    private long workNanos;
    private long windowStart;
    private int window = 1;
    private final EchoConnection[] busiest = new EchoConnection[BUSIEST];
    private int busiestSize;
    private List<SampledKey> sampleKeys;
    private long sampleSelectNanos;
    private int sampleKeysReturned;
    private SampledIteration sample;
    private volatile LoopDigest published;

    LoopTally(long nowNanos) {
        windowStart = nowNanos;
        published = LoopDigest.empty(nowNanos);
    }

    /** The last published digest (never null). Any thread. */
    LoopDigest latest() {
        return published;
    }

    /** A select call returned {@code keys} keys after waiting {@code nanos}. */
    void selected(int keys, long nanos) {
        iterations++;
        keysReturned += keys;
        selectNanos += nanos;
        maxKeysReturned = Math.max(maxKeysReturned, keys);
        if (sample == null && sampleKeys == null && keys > 0) {
            sampleKeys = new ArrayList<>(SAMPLED_KEYS);
            sampleSelectNanos = nanos;
            sampleKeysReturned = keys;
        }
    }

    /** The loop handled a key of {@code connection} (for an accept: the new connection). */
    void handled(EchoConnection connection, int readyOps, Action action) {
        switch (action) {
            case ACCEPT -> accepts++;
            case ECHO -> {
                reads++;
                writes++;
            }
            case WRITE_REST -> writes++;
            case CLOSE -> closes++;
        }
        count(connection);
        if (sampleKeys != null && sampleKeys.size() < SAMPLED_KEYS) {
            sampleKeys.add(new SampledKey(connection.id, connection.peer(), readyOps, action));
        }
    }

    /** The iteration's keys are handled; publishes a digest when the window is over. */
    void iterationDone(long nanos, int registered, long nowNanos) {
        workNanos += nanos;
        if (sampleKeys != null) {
            sample = new SampledIteration(iterations - 1, sampleSelectNanos, sampleKeysReturned, sampleKeys);
            sampleKeys = null;
        }
        if (nowNanos - windowStart >= WINDOW_NANOS) {
            publish(registered, nowNanos);
        }
    }

    /** Publishes now whatever the window holds (the loop is stopping, or a test wants the numbers). */
    void publish(int registered, long nowNanos) {
        EchoConnection[] top = Arrays.copyOf(busiest, busiestSize);
        Arrays.sort(top, Comparator.comparingInt((EchoConnection c) -> c.events).reversed()
                .thenComparingInt(c -> c.id));
        List<KeyActivity> activity = new ArrayList<>(top.length);
        for (EchoConnection c : top) {
            activity.add(new KeyActivity(c.id, c.peer(), c.events));
        }
        published = new LoopDigest(nowNanos, iterations, keysReturned, maxKeysReturned, accepts, reads, writes, closes,
                selectNanos, workNanos, registered, activity, sample);
        windowStart = nowNanos;
        window++;
        Arrays.fill(busiest, null);
        busiestSize = 0;
        maxKeysReturned = 0;
        sample = null;
    }

    /** Counts an event of {@code c} in this window and keeps it among the busiest if it is one. */
    private void count(EchoConnection c) {
        if (c.window != window) {
            c.window = window;
            c.events = 0;
        }
        c.events++;
        int weakest = -1;
        for (int i = 0; i < busiestSize; i++) {
            if (busiest[i] == c) {
                return;
            }
            if (weakest < 0 || busiest[i].events < busiest[weakest].events) {
                weakest = i;
            }
        }
        if (busiestSize < BUSIEST) {
            busiest[busiestSize++] = c;
        } else if (busiest[weakest].events < c.events) {
            busiest[weakest] = c;
        }
    }
}
