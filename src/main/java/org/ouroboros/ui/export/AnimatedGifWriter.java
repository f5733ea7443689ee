package org.ouroboros.ui.export;

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
 * delay, the whole looping forever (the NETSCAPE2.0 extension browsers and viewers honour).
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
        ImageTypeSpecifier type = ImageTypeSpecifier.createFromRenderedImage(image);
        IIOMetadata metadata = writer.getDefaultImageMetadata(type, writer.getDefaultWriteParam());
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        control.setAttribute("transparentColorIndex", "0");
        if (index == 0) {
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            // Sub-block 1, then the loop count as little-endian 16 bits: 0 loops forever.
            loop.setUserObject(new byte[] {1, 0, 0});
            child(root, "ApplicationExtensions").appendChild(loop);
        }
        metadata.setFromTree(FORMAT, root);
        writer.writeToSequence(new IIOImage(image, null, metadata), writer.getDefaultWriteParam());
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
