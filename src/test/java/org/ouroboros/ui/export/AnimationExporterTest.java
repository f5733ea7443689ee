package org.ouroboros.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.ui.FxTestBase;

/**
 * The animation engine with a source whose picture tells its position by colour: frames arrive in
 * order on the FX thread, the GIF and the PNG sequence hold exactly them, and a cancelled or
 * failed export leaves no file behind.
 */
class AnimationExporterTest extends FxTestBase {
    private static final Color[] COLOURS = {Color.RED, Color.LIME, Color.BLUE, Color.YELLOW, Color.MAGENTA,
        Color.CYAN, Color.BLACK, Color.WHITE};

    @TempDir
    Path dir;

    /** Position p (from -1) is painted in COLOURS[p + 1]; records where and for what it was asked. */
    private static final class ColourFrames implements FrameSource {
        final List<Integer> asked = Collections.synchronizedList(new ArrayList<>());
        final AtomicBoolean offFxThread = new AtomicBoolean();
        int batches;
        int failAt = Integer.MIN_VALUE;

        @Override
        public WritableImage frame(int position) {
            if (!Platform.isFxApplicationThread()) {
                offFxThread.set(true);
            }
            if (position == failAt) {
                throw new IllegalStateException("cannot draw position " + position);
            }
            asked.add(position);
            WritableImage image = new WritableImage(40, 30);
            PixelWriter pixels = image.getPixelWriter();
            for (int y = 0; y < 30; y++) {
                for (int x = 0; x < 40; x++) {
                    pixels.setColor(x, y, COLOURS[position + 1]);
                }
            }
            return image;
        }

        @Override
        public void afterBatch() {
            batches++;
        }
    }

    private static int colourIndex(BufferedImage image) {
        int rgb = image.getRGB(20, 15) & 0xFFFFFF;
        for (int i = 0; i < COLOURS.length; i++) {
            Color c = COLOURS[i];
            int expected = ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                    | (int) Math.round(c.getBlue() * 255);
            if (expected == rgb) {
                return i - 1;
            }
        }
        throw new AssertionError("unexpected colour " + Integer.toHexString(rgb));
    }

    @Test
    void aGifHoldsEachFrameOfTheRangeInOrderWithItsDelayAndLoopsForever() throws IOException {
        ColourFrames source = new ColourFrames();
        Path gif = dir.resolve("anim.gif");
        List<Integer> progress = Collections.synchronizedList(new ArrayList<>());
        Path written = new AnimationExporter(2).export(source, new FrameRange(-1, 6, 2),
                new AnimatedGifWriter(gif, 300), (done, total) -> progress.add(done * 100 + total), () -> false);

        assertEquals(gif.toAbsolutePath(), written);
        GifFrames frames = GifFrames.read(gif);
        List<Integer> shown = frames.images().stream().map(AnimationExporterTest::colourIndex).toList();
        assertEquals(List.of(-1, 1, 3, 5, 6), shown);
        assertEquals(List.of(300, 300, 300, 300, 300), frames.delaysMillis());
        assertTrue(frames.loopsForever());
        assertEquals(List.of(105, 205, 305, 405, 505), progress);
        assertFalse(source.offFxThread.get(), "every snapshot is taken on the FX thread");
        assertEquals(3, source.batches, "five frames in batches of two");
        assertFalse(Files.exists(dir.resolve("anim.gif.part")));
    }

    @Test
    void aGifDelayIsKeptToTheHundredthOfASecond() throws IOException {
        AnimatedGifWriter writer = new AnimatedGifWriter(dir.resolve("slow.gif"), 1234);
        assertEquals(1230, writer.delayMillis());
        new AnimationExporter().export(new ColourFrames(), new FrameRange(0, 1, 1), writer, ExportProgress.NONE,
                () -> false);
        assertEquals(List.of(1230, 1230), GifFrames.read(dir.resolve("slow.gif")).delaysMillis());
    }

    @Test
    void aPngSequenceHasOneNumberedFilePerFrame() throws IOException {
        Path folder = dir.resolve("frames");
        PngSequenceWriter writer = new PngSequenceWriter(folder, "demo");
        new AnimationExporter().export(new ColourFrames(), new FrameRange(0, 4, 1), writer, ExportProgress.NONE,
                () -> false);

        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("demo-0001.png", "demo-0002.png", "demo-0003.png", "demo-0004.png", "demo-0005.png"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (int i = 0; i < 5; i++) {
            assertEquals(i, colourIndex(ImageIO.read(folder.resolve(PngSequenceWriter.name("demo", i, 5)).toFile())));
        }
        assertEquals("demo-00042.png", PngSequenceWriter.name("demo", 41, 12000));
    }

    @Test
    void cancellingPartWayLeavesNoGifAndNoPartialFile() {
        Path gif = dir.resolve("cancelled.gif");
        List<Integer> done = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean cancel = new AtomicBoolean();
        assertThrows(CancellationException.class, () -> new AnimationExporter(1).export(new ColourFrames(),
                new FrameRange(-1, 6, 1), new AnimatedGifWriter(gif, 100), (d, total) -> {
                    done.add(d);
                    if (d == 3) {
                        cancel.set(true);
                    }
                }, cancel::get));

        assertEquals(List.of(1, 2, 3), done);
        assertFalse(Files.exists(gif));
        assertFalse(Files.exists(dir.resolve("cancelled.gif.part")));
    }

    @Test
    void cancellingAPngSequenceRemovesTheFramesAlreadyWritten() throws IOException {
        Path folder = dir.resolve("seq");
        AtomicBoolean cancel = new AtomicBoolean();
        assertThrows(CancellationException.class, () -> new AnimationExporter(1).export(new ColourFrames(),
                new FrameRange(0, 5, 1), new PngSequenceWriter(folder, "f"), (d, total) -> cancel.set(d == 2),
                cancel::get));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aFrameThatCannotBeDrawnFailsTheExportAndLeavesNothing() {
        ColourFrames source = new ColourFrames();
        source.failAt = 3;
        Path gif = dir.resolve("failed.gif");
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> new AnimationExporter(2)
                .export(source, new FrameRange(0, 5, 1), new AnimatedGifWriter(gif, 100), ExportProgress.NONE,
                        () -> false));
        assertTrue(error.getMessage().contains("position 3"), error.getMessage());
        assertFalse(Files.exists(gif));
        assertFalse(Files.exists(dir.resolve("failed.gif.part")));
    }

    @Test
    void exportingFromTheFxThreadIsRefused() {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> callFx(() ->
                new AnimationExporter().export(new ColourFrames(), new FrameRange(0, 1, 1),
                        new AnimatedGifWriter(dir.resolve("x.gif"), 100), ExportProgress.NONE, () -> false)));
        assertTrue(error.getMessage().contains("worker thread"), error.getMessage());
    }
}
