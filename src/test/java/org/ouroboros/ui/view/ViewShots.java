package org.ouroboros.ui.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javax.imageio.ImageIO;

/**
 * Saves a view as a PNG when {@code -Douroboros.shots=DIR} is given, so a person can look at
 * what a test rendered (in both languages); does nothing otherwise. Call on the FX thread.
 */
public final class ViewShots {
    private ViewShots() {}

    public static void save(Node node, String name) {
        String dir = System.getProperty("ouroboros.shots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            Path out = Path.of(dir);
            Files.createDirectories(out);
            ImageIO.write(SwingFXUtils.fromFXImage(node.snapshot(null, null), null), "png", out.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
