package org.ouroboros.ui.export;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF through {@code javax.imageio}'s GIF writer: each frame shown for the same
 * delay, the whole looping forever (the NETSCAPE2.0 extension browsers and viewers honour). After
 * the first frame each stores only the rectangle that changed, at its offset in the picture.
 * Frames are written as they come into {@code NAME.gif.part} beside the target, which is renamed
 * to the target at {@link #finish} and deleted when {@link #abandon}ed.
 */
public final class AnimatedGifWriter implements FrameSink {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final Path target;
    private final Path partial;
    private final int delayCentiseconds;
    private ImageWriter writer;
    private ImageOutputStream out;
    /** The last frame as shown, to store only the next one's changes. */
    private Pixels previous;

    /** A GIF at {@code target} whose frames last {@code delayMillis} each (GIF counts hundredths of a second). */
    public AnimatedGifWriter(Path target, int delayMillis) {
        if (delayMillis < 10 || delayMillis > 655_350) {
            throw new IllegalArgumentException("a GIF frame lasts 10..655350 ms, not " + delayMillis);
        }
        this.target = target.toAbsolutePath();
        this.partial = this.target.resolveSibling(this.target.getFileName() + ".part");
        this.delayCentiseconds = Math.round(delayMillis / 10f);
    }

    /** The delay actually stored, in milliseconds (GIF rounds to hundredths of a second). */
    public int delayMillis() {
        return delayCentiseconds * 10;
    }

    @Override
    public void frame(int index, int count, BufferedImage image) throws IOException {
        if (writer == null) {
            open();
        }
        // Frames are kept ("disposal: none"), so after the first only what changed is stored:
        // a player step usually repaints one small part of a view.
        Pixels now = Pixels.of(image);
        Rectangle changed = previous == null ? new Rectangle(0, 0, now.width(), now.height()) : previous.changedTo(now);
        previous = now;
        BufferedImage stored = image.getSubimage(changed.x, changed.y, changed.width, changed.height);
        ImageTypeSpecifier type = ImageTypeSpecifier.createFromRenderedImage(stored);
        IIOMetadata metadata = writer.getDefaultImageMetadata(type, writer.getDefaultWriteParam());
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        control.setAttribute("transparentColorIndex", "0");
        IIOMetadataNode descriptor = child(root, "ImageDescriptor");
        descriptor.setAttribute("imageLeftPosition", Integer.toString(changed.x));
        descriptor.setAttribute("imageTopPosition", Integer.toString(changed.y));
        if (index == 0) {
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            // Sub-block 1, then the loop count as little-endian 16 bits: 0 loops forever.
            loop.setUserObject(new byte[] {1, 0, 0});
            child(root, "ApplicationExtensions").appendChild(loop);
        }
        metadata.setFromTree(FORMAT, root);
        writer.writeToSequence(new IIOImage(stored, null, metadata), writer.getDefaultWriteParam());
    }

    /** A frame's ARGB pixels, row by row. */
    record Pixels(int width, int height, int[] argb) {
        static Pixels of(BufferedImage image) {
            int w = image.getWidth();
            int h = image.getHeight();
            return new Pixels(w, h, image.getRGB(0, 0, w, h, null, 0, w));
        }

        /**
         * The smallest rectangle holding every pixel that differs in {@code next}; a single pixel
         * when none does (the frame still carries its delay); all of {@code next} when its size differs.
         */
        Rectangle changedTo(Pixels next) {
            if (next.width != width || next.height != height) {
                return new Rectangle(0, 0, next.width, next.height);
            }
            int top = -1;
            int bottom = -1;
            int left = width;
            int right = -1;
            for (int y = 0; y < height; y++) {
                int row = y * width;
                int first = 0;
                while (first < width && argb[row + first] == next.argb[row + first]) {
                    first++;
                }
                if (first == width) {
                    continue;
                }
                int last = width - 1;
                while (argb[row + last] == next.argb[row + last]) {
                    last--;
                }
                if (top < 0) {
                    top = y;
                }
                bottom = y;
                left = Math.min(left, first);
                right = Math.max(right, last);
            }
            return top < 0 ? new Rectangle(0, 0, 1, 1) : new Rectangle(left, top, right - left + 1, bottom - top + 1);
        }
    }

    private void open() throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("this Java has no GIF writer");
        }
        Path parent = partial.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        writer = writers.next();
        Files.deleteIfExists(partial);
        out = ImageIO.createImageOutputStream(partial.toFile());
        if (out == null) {
            throw new IOException("cannot write " + partial);
        }
        writer.setOutput(out);
        writer.prepareWriteSequence(null);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    @Override
    public Path finish() throws IOException {
        if (writer == null) {
            throw new IOException("an animation needs at least one frame");
        }
        writer.endWriteSequence();
        close();
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    @Override
    public void abandon() {
        close();
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // Best effort: the name ends in .part, so a leftover is clearly incomplete.
        }
    }

    private void close() {
        if (writer != null) {
            writer.dispose();
        }
        if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // Closing after a failure: the original error is what matters.
            }
            out = null;
        }
    }
}
