package org.ouroboros.ui.view.gil;

/**
 * A stretch of one lane in one state: virtual time {@code [start, end)} in nanoseconds, opened
 * by trace event {@code fromEvent} and closed by {@code toEvent} ({@code -1}: still open when
 * the trace ends). {@code detail} says what blocks or runs (a lock's name, a thread's name), or "".
 */
public record Segment(int lane, LaneState state, long start, long end, int fromEvent, int toEvent, String detail) {
    /** Duration of the part visible at trace position {@code position} (ending at {@code now}). */
    public long durationAt(int position, long now) {
        if (fromEvent > position) {
            return 0;
        }
        return Math.max(0, endAt(position, now) - start);
    }

    /** The end of this segment as seen at {@code position}: open segments reach the cursor. */
    public long endAt(int position, long now) {
        return toEvent >= 0 && toEvent <= position ? end : Math.max(start, now);
    }

    public boolean visibleAt(int position) {
        return fromEvent <= position;
    }
}
