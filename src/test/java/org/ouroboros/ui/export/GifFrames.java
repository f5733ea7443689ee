package org.ouroboros.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/** Reads an animated GIF back with ImageIO: its frames, each frame's delay, and whether it loops forever. */
public record GifFrames(List<BufferedImage> images, List<Integer> delaysMillis, boolean loopsForever) {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    public static GifFrames read(Path gif) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            int count = reader.getNumImages(true);
            List<BufferedImage> images = new ArrayList<>();
            List<Integer> delays = new ArrayList<>();
            boolean loops = false;
            for (int i = 0; i < count; i++) {
                images.add(reader.read(i));
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree(FORMAT);
                for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n.getNodeName().equals("GraphicControlExtension")) {
                        delays.add(10 * Integer.parseInt(((IIOMetadataNode) n).getAttribute("delayTime")));
                    }
                    if (n.getNodeName().equals("ApplicationExtensions")) {
                        IIOMetadataNode app = (IIOMetadataNode) n.getFirstChild();
                        byte[] data = (byte[]) app.getUserObject();
                        loops |= "NETSCAPE".equals(app.getAttribute("applicationID"))
                                && data.length == 3 && data[0] == 1 && data[1] == 0 && data[2] == 0;
                    }
                }
            }
            return new GifFrames(images, delays, loops);
        } finally {
            reader.dispose();
        }
    }
}
