package org.ouroboros.ui.export;

/**
 * Which player positions an animation shows: {@code from}, then every {@code every}-th position
 * after it, and always {@code to} last, so the animation ends on the range's final state.
 * Positions follow {@link org.ouroboros.ui.player.PlayerModel}: {@code -1} is before the first
 * event, {@code k} the state after events {@code 0..k}.
 */
public record FrameRange(int from, int to, int every) {
    public FrameRange {
        if (every < 1) {
            throw new IllegalArgumentException("the frame step must be at least 1, not " + every);
        }
        if (from < -1 || to < from) {
            throw new IllegalArgumentException("an animation needs -1 <= from <= to, not " + from + ".." + to);
        }
    }

    /** The range, checked against a trace of {@code traceSize} events (positions {@code -1..traceSize-1}). */
    public static FrameRange within(int from, int to, int every, int traceSize) {
        FrameRange range = new FrameRange(from, to, every);
        if (to > traceSize - 1) {
            throw new IllegalArgumentException("position " + to + " is past the trace's last position " + (traceSize - 1));
        }
        return range;
    }

    /** How many frames the animation has. */
    public int count() {
        int span = to - from;
        return span / every + (span % every == 0 ? 1 : 2);
    }

    /** The position of frame {@code index} (0-based). */
    public int position(int index) {
        if (index < 0 || index >= count()) {
            throw new IndexOutOfBoundsException("frame " + index + " of " + count());
        }
        return index == count() - 1 ? to : from + index * every;
    }
}
