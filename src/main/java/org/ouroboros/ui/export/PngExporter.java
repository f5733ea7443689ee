package org.ouroboros.ui.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import org.ouroboros.ui.prefs.AtomicFiles;
import org.ouroboros.ui.view.ExportScale;

/**
 * Exports a node as a PNG at 1× or 2×. The snapshot is taken on the FX thread (it has to be);
 * encoding and writing happen on the given background executor so a large image never freezes
 * the window.
 */
public final class PngExporter {
    private final Executor background;

    public PngExporter(Executor background) {
        this.background = Objects.requireNonNull(background);
    }

    /**
     * Snapshots {@code node} scaled by {@code scale} and writes it to {@code target}. Call on the
     * FX thread; the future completes (on the background thread) once the file is on disk.
     */
    public CompletableFuture<Path> export(Node node, Path target, double scale) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("call export on the FX thread: snapshots need it");
        }
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
        WritableImage image = snapshot(node, scale);
        return CompletableFuture.supplyAsync(() -> {
            write(image, target);
            return target;
        }, background);
    }

    /** The node's pixels at {@code scale}; the node keeps its current CSS and layout. */
    public static WritableImage snapshot(Node node, double scale) {
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        if (scale <= 1) {
            return node.snapshot(params, null);
        }
        ExportScale.begin(node, scale);
        try {
            return node.snapshot(params, null);
        } finally {
            ExportScale.end(node);
        }
    }

    /** Encodes {@code image} as PNG into {@code target} (atomically), on the calling thread. */
    public static void write(WritableImage image, Path target) {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(buffered, "png", bytes)) {
                throw new IOException("no PNG writer available");
            }
            AtomicFiles.write(target, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
