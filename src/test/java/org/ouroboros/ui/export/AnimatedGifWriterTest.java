package org.ouroboros.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After its first frame a GIF stores only each frame's changed rectangle, and still shows every frame exactly. */
class AnimatedGifWriterTest {
    private static final int W = 320;
    private static final int H = 200;

    @TempDir
    Path dir;

    /**
     * A busy picture (a fixed pattern of 16 greys, like a view full of text, which LZW cannot
     * squeeze to nothing) with a grey bar and a red square at {@code x}.
     */
    private static BufferedImage picture(int x) {
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        java.util.Random pattern = new java.util.Random(7);
        for (int py = 0; py < H; py++) {
            for (int px = 0; px < W; px++) {
                int grey = 0x80 + 8 * pattern.nextInt(16);
                image.setRGB(px, py, grey << 16 | grey << 8 | grey);
            }
        }
        Graphics2D g = image.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 150, W, 20);
        g.setColor(Color.RED);
        g.fillRect(x, 40, 10, 10);
        g.dispose();
        return image;
    }

    @Test
    void framesAfterTheFirstStoreOnlyTheirChangedRectangleAndDecodeToTheWholePictures() throws IOException {
        List<BufferedImage> frames = List.of(picture(20), picture(30), picture(30), picture(200));
        Path gif = dir.resolve("moves.gif");
        AnimatedGifWriter writer = new AnimatedGifWriter(gif, 100);
        for (int i = 0; i < frames.size(); i++) {
            writer.frame(i, frames.size(), frames.get(i));
        }
        writer.finish();

        GifFrames read = GifFrames.read(gif);
        assertEquals(List.of(
                new Rectangle(0, 0, W, H),          // the first frame whole
                new Rectangle(20, 40, 20, 10),      // the square moved from x=20 to x=30
                new Rectangle(0, 0, 1, 1),          // nothing changed: one pixel carries the delay
                new Rectangle(30, 40, 180, 10)), read.stored());
        assertEquals(List.of(100, 100, 100, 100), read.delaysMillis());
        for (int i = 0; i < frames.size(); i++) {
            assertSamePixels(frames.get(i), read.images().get(i), "frame " + i);
        }
    }

    @Test
    void storingChangesMakesAnAnimationOfSmallChangesMuchSmaller() throws IOException {
        List<BufferedImage> frames = new ArrayList<>();
        for (int x = 0; x < 300; x += 15) {
            frames.add(picture(x));
        }
        Path gif = dir.resolve("many.gif");
        AnimatedGifWriter writer = new AnimatedGifWriter(gif, 100);
        for (int i = 0; i < frames.size(); i++) {
            writer.frame(i, frames.size(), frames.get(i));
        }
        writer.finish();
        Path single = dir.resolve("one.gif");
        AnimatedGifWriter one = new AnimatedGifWriter(single, 100);
        one.frame(0, 1, frames.get(0));
        one.finish();

        long all = Files.size(gif);
        long first = Files.size(single);
        // Twenty whole frames would take about twenty times the first; the changes take far less.
        assertTrue(all < 3 * first, frames.size() + " frames: " + all + " bytes; one whole frame: " + first);
        GifFrames read = GifFrames.read(gif);
        assertSamePixels(frames.get(frames.size() - 1), read.images().get(frames.size() - 1), "the last frame");
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual, String what) {
        assertEquals(expected.getWidth(), actual.getWidth(), what);
        assertEquals(expected.getHeight(), actual.getHeight(), what);
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int e = expected.getRGB(x, y) & 0xFFFFFF;
                int a = actual.getRGB(x, y) & 0xFFFFFF;
                if (e != a) {
                    throw new AssertionError(what + " differs at " + x + "," + y + ": " + Integer.toHexString(e)
                            + " vs " + Integer.toHexString(a));
                }
            }
        }
    }
}
