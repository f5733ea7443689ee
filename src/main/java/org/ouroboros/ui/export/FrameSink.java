package org.ouroboros.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Where an animation's frames go, one at a time, on a worker thread. Either {@link #finish} is
 * called after the last frame, or {@link #abandon} (cancelled, failed): then nothing partial is
 * left behind.
 */
public interface FrameSink {
    /** Encodes frame {@code index} (0-based) of {@code count}. */
    void frame(int index, int count, BufferedImage image) throws IOException;

    /** Completes the output; returns the file or folder written. */
    Path finish() throws IOException;

    /** Removes whatever was written so far. Never throws. */
    void abandon();
}
