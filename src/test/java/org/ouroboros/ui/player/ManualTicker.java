package org.ouroboros.ui.player;

import java.time.Duration;
import java.util.function.LongConsumer;

/** A ticker whose time moves only when a test says so; each advance delivers one frame. */
public final class ManualTicker implements Ticker {
    private long now = 1_000_000_000L;
    private LongConsumer frame;

    @Override
    public long nanoTime() {
        return now;
    }

    @Override
    public void start(LongConsumer frame) {
        this.frame = frame;
    }

    @Override
    public void stop() {
        frame = null;
    }

    public boolean running() {
        return frame != null;
    }

    /** Moves time forward and, if running, delivers a frame at the new time. */
    public void advance(Duration by) {
        now += by.toNanos();
        if (frame != null) {
            frame.accept(now);
        }
    }

    /** Moves time forward in frames of {@code frame} length, like a display would. */
    public void advanceInFrames(Duration total, Duration frameLength) {
        for (long done = 0; done + frameLength.toNanos() <= total.toNanos(); done += frameLength.toNanos()) {
            advance(frameLength);
        }
    }
}
