package org.ouroboros.ui.player;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ouroboros.trace.Trace;

/**
 * The state at any position of a trace, fast: keeps a snapshot every {@code interval} events
 * (taken the first time playback passes it) and a cursor at the last position asked for, so a
 * step forward applies one event and a seek applies at most {@code interval} events from the
 * nearest snapshot. The answer always equals folding from the start; only the cost differs.
 */
public final class CheckpointedFold<S> {
    public static final int DEFAULT_INTERVAL = 1_000;

    private final TraceFold<S> fold;
    private final int interval;

    private Trace trace;
    /** {@code checkpoints.get(i)} is the state at position {@code i * interval - 1}. */
    private final List<S> checkpoints = new ArrayList<>();
    private S cursor;
    private int cursorPosition;

    public CheckpointedFold(TraceFold<S> fold) {
        this(fold, DEFAULT_INTERVAL);
    }

    public CheckpointedFold(TraceFold<S> fold, int interval) {
        if (interval < 1) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        this.fold = Objects.requireNonNull(fold, "fold");
        this.interval = interval;
    }

    /** A fresh copy of the state after events {@code 0..position} ({@code -1}: the initial state). */
    public S stateAt(Trace trace, int position) {
        if (position < -1 || position >= trace.size()) {
            throw new IndexOutOfBoundsException("position " + position + " outside -1.." + (trace.size() - 1));
        }
        if (trace != this.trace) {
            restart(trace);
        }
        int nearest = Math.min((position + 1) / interval, checkpoints.size() - 1);
        int nearestPosition = nearest * interval - 1;
        if (cursorPosition > position || cursorPosition < nearestPosition) {
            cursor = fold.copy(checkpoints.get(nearest));
            cursorPosition = nearestPosition;
        }
        while (cursorPosition < position) {
            cursorPosition++;
            cursor = fold.apply(cursor, trace.get(cursorPosition));
            if ((cursorPosition + 1) % interval == 0 && (cursorPosition + 1) / interval == checkpoints.size()) {
                checkpoints.add(fold.copy(cursor));
            }
        }
        return fold.copy(cursor);
    }

    /** Snapshots held so far, including the initial state (for tests and diagnostics). */
    public int checkpointCount() {
        return checkpoints.size();
    }

    private void restart(Trace newTrace) {
        trace = newTrace;
        checkpoints.clear();
        checkpoints.add(fold.initial());
        cursor = fold.copy(checkpoints.get(0));
        cursorPosition = -1;
    }
}
