package org.ouroboros.ui.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;

/**
 * Renders a range of player positions and streams the frames to a {@link FrameSink}. Call
 * {@link #export} on a worker thread: snapshots are taken on the FX thread a small batch at a
 * time (the window keeps painting between batches), while the worker encodes the previous batch.
 * At most two batches of pictures are held at once, however long the range.
 */
public final class AnimationExporter {
    public static final int DEFAULT_BATCH = 3;

    private final int batch;

    public AnimationExporter() {
        this(DEFAULT_BATCH);
    }

    public AnimationExporter(int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be at least 1: " + batch);
        }
        this.batch = batch;
    }

    /**
     * Writes every frame of {@code range} from {@code source} to {@code sink} and returns what
     * the sink wrote. When {@code cancelled} turns true, or anything fails, the sink is abandoned
     * (nothing partial stays) and a {@link CancellationException} or the failure is thrown.
     */
    public Path export(FrameSource source, FrameRange range, FrameSink sink, ExportProgress progress,
            BooleanSupplier cancelled) throws IOException {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("export on a worker thread: the FX thread takes the snapshots");
        }
        Objects.requireNonNull(progress);
        int count = range.count();
        boolean done = false;
        try {
            CompletableFuture<List<WritableImage>> next = snapshots(source, range, 0);
            for (int first = 0; first < count; first += batch) {
                List<WritableImage> pictures = await(next);
                int following = first + batch;
                // The FX thread draws the next batch while this one is encoded.
                next = following < count && !cancelled.getAsBoolean()
                        ? snapshots(source, range, following) : CompletableFuture.completedFuture(List.of());
                for (int i = 0; i < pictures.size(); i++) {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("export cancelled");
                    }
                    sink.frame(first + i, count, opaque(pictures.get(i)));
                    progress.framesDone(first + i + 1, count);
                }
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("export cancelled");
            }
            Path written = sink.finish();
            done = true;
            return written;
        } finally {
            if (!done) {
                sink.abandon();
            }
        }
    }

    private CompletableFuture<List<WritableImage>> snapshots(FrameSource source, FrameRange range, int first) {
        int last = Math.min(range.count(), first + batch);
        CompletableFuture<List<WritableImage>> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                List<WritableImage> images = new ArrayList<>(last - first);
                try {
                    for (int i = first; i < last; i++) {
                        images.add(source.frame(range.position(i)));
                    }
                } finally {
                    source.afterBatch();
                }
                result.complete(images);
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result;
    }

    private static <T> T await(CompletableFuture<T> future) throws IOException {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** The picture as opaque RGB: GIF has no partial transparency, and PNG frames stay comparable. */
    static BufferedImage opaque(WritableImage image) {
        BufferedImage argb = SwingFXUtils.fromFXImage(image, null);
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(argb, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
