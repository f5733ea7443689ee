package org.ouroboros.aio.lab;

/**
 * Round-trip times in logarithmic buckets (about 4% wide, 1 µs to ~60 s), so percentiles of
 * millions of requests cost a fixed 450 counters. Not thread-safe: one owner records and drains.
 */
public final class LatencyHistogram {
    private static final double GROWTH = 1.04;
    private static final int BUCKETS = 460;
    private static final double LOG_GROWTH = Math.log(GROWTH);

    private final long[] counts = new long[BUCKETS];
    private long total;

    public void record(long nanos) {
        double micros = Math.max(1.0, nanos / 1_000.0);
        int bucket = (int) Math.min(BUCKETS - 1, Math.floor(Math.log(micros) / LOG_GROWTH));
        counts[bucket]++;
        total++;
    }

    public long count() {
        return total;
    }

    /** The upper edge, in microseconds, of the bucket holding quantile {@code q} (0..1); 0 when empty. */
    public double percentileMicros(double q) {
        if (total == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(q * total);
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts[i];
            if (seen >= Math.max(1, rank)) {
                return Math.pow(GROWTH, i + 1);
            }
        }
        return Math.pow(GROWTH, BUCKETS);
    }

    public void clear() {
        java.util.Arrays.fill(counts, 0);
        total = 0;
    }
}
