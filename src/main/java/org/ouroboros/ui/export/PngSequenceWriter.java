package org.ouroboros.ui.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.ouroboros.ui.prefs.AtomicFiles;

/**
 * A numbered PNG per frame in one folder: {@code PREFIX-0001.png}, {@code PREFIX-0002.png}, …
 * (at least four digits, more for longer animations, so names sort in frame order). Each file is
 * written atomically; {@link #abandon} deletes the frames written so far.
 */
public final class PngSequenceWriter implements FrameSink {
    private final Path folder;
    private final String prefix;
    private final List<Path> written = new ArrayList<>();

    public PngSequenceWriter(Path folder, String prefix) {
        if (prefix.isBlank() || prefix.contains("/") || prefix.contains("\\")) {
            throw new IllegalArgumentException("a frame name prefix is a plain name, not '" + prefix + "'");
        }
        this.folder = folder.toAbsolutePath();
        this.prefix = prefix;
    }

    /** The name of frame {@code index} (0-based) of {@code count}. */
    public static String name(String prefix, int index, int count) {
        int digits = Math.max(4, Integer.toString(count).length());
        return String.format(Locale.ROOT, "%s-%0" + digits + "d.png", prefix, index + 1);
    }

    @Override
    public void frame(int index, int count, BufferedImage image) throws IOException {
        Files.createDirectories(folder);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("this Java has no PNG writer");
        }
        Path file = folder.resolve(name(prefix, index, count));
        AtomicFiles.write(file, bytes.toByteArray());
        written.add(file);
    }

    @Override
    public Path finish() throws IOException {
        if (written.isEmpty()) {
            throw new IOException("an animation needs at least one frame");
        }
        return folder;
    }

    @Override
    public void abandon() {
        for (Path file : written) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // Best effort; the remaining frames are whole pictures, never half-written ones.
            }
        }
        written.clear();
    }

    /** The frames written so far, in order. */
    public List<Path> files() {
        return List.copyOf(written);
    }
}
