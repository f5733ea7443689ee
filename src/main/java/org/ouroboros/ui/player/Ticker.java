package org.ouroboros.ui.player;

import java.util.function.LongConsumer;

/**
 * A source of animation frames for playback. Production uses {@link FxTicker} (one frame per
 * JavaFX pulse); tests drive a manual one so playback is exact and instant.
 */
public interface Ticker {
    /** The ticker's clock, in nanoseconds; frames report times on the same clock. */
    long nanoTime();

    /** Calls {@code frame} with the current time on every frame until {@link #stop()}. */
    void start(LongConsumer frame);

    void stop();
}
