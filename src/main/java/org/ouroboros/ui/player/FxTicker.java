package org.ouroboros.ui.player;

import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;

/** Frames from JavaFX's pulse, on the FX thread. */
public final class FxTicker implements Ticker {
    private AnimationTimer timer;

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public void start(LongConsumer frame) {
        stop();
        timer = new AnimationTimer() {
            @Override
            public void handle(long pulseTime) {
                frame.accept(nanoTime());
            }
        };
        timer.start();
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
    }
}
