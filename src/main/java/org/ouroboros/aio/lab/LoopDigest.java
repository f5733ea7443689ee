package org.ouroboros.aio.lab;

import java.util.List;

/**
 * What the lab's event-loop server did, summed since it started, as of one moment: the counts a
 * view needs to draw 10,000 connections without one mark per connection. Counters are cumulative
 * (a reader takes the difference of two digests for a rate); {@code busiest} and {@code sample}
 * describe the last publishing window only.
 *
 * @param atNanos {@link System#nanoTime()} when it was taken
 * @param iterations loop iterations (one {@code select} call each)
 * @param keysReturned selected keys summed over all iterations
 * @param maxKeysReturned the most keys one select returned in the last window
 * @param accepts connections accepted
 * @param reads reads that returned bytes
 * @param writes writes (echoes)
 * @param closes connections dropped (peer closed or failed)
 * @param selectNanos time spent inside {@code select}, waiting
 * @param workNanos time spent handling the keys select returned
 * @param registered keys registered with the selector now (connections plus the listening socket)
 * @param busiest the connections with the most events in the last window, most first (at most {@link #BUSIEST})
 * @param sample the first iteration of the last window that returned keys, or null when none did
 */
public record LoopDigest(long atNanos, long iterations, long keysReturned, int maxKeysReturned, long accepts, long reads,
        long writes, long closes, long selectNanos, long workNanos, int registered, List<KeyActivity> busiest,
        SampledIteration sample) {
    /** A digest is published at most this often; {@code busiest} and {@code sample} cover that window. */
    public static final long WINDOW_MILLIS = 50;
    /** Connections named in {@code busiest}, at most. */
    public static final int BUSIEST = 8;
    /** Keys a sampled iteration names, at most. */
    public static final int SAMPLED_KEYS = 6;

    public LoopDigest {
        busiest = List.copyOf(busiest);
    }

    /** A digest before the loop ran: all zero. */
    public static LoopDigest empty(long atNanos) {
        return new LoopDigest(atNanos, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), null);
    }

    /** One connection's events in a window. */
    public record KeyActivity(int connection, String peer, int events) {}

    /** One selected key of a sampled iteration: which connection, what it was ready for, what the loop did. */
    public record SampledKey(int connection, String peer, int readyOps, Action action) {}

    /** What handling a selected key did. */
    public enum Action { ACCEPT, ECHO, WRITE_REST, CLOSE }

    /**
     * One whole iteration, sampled: its index, how long select waited, how many keys it returned,
     * and the first few of them ({@link #SAMPLED_KEYS} at most).
     */
    public record SampledIteration(long iteration, long selectNanos, int keysReturned, List<SampledKey> keys) {
        public SampledIteration {
            keys = List.copyOf(keys);
        }
    }
}
