package org.ouroboros.sched;

import java.util.function.LongConsumer;

/** A future event on the virtual clock: at {@code atPs} the scheduler runs {@code action(atPs)}. */
final class Timer implements Comparable<Timer> {
    final long atPs;
    private final long seq;
    private final LongConsumer action;
    private boolean cancelled;

    Timer(long atPs, long seq, LongConsumer action) {
        this.atPs = atPs;
        this.seq = seq;
        this.action = action;
    }

    void cancel() {
        cancelled = true;
    }

    boolean cancelled() {
        return cancelled;
    }

    void fire() {
        action.accept(atPs);
    }

    @Override
    public int compareTo(Timer o) {
        int c = Long.compare(atPs, o.atPs);
        return c != 0 ? c : Long.compare(seq, o.seq);
    }
}
