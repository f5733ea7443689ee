package org.ouroboros.ui.export;

import java.awt.Graphics2D;
import java.awt.Rectangle;
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

/**
 * Reads an animated GIF back with ImageIO as a viewer shows it: each frame drawn at its offset over
 * the picture so far (the writer's frames are all "disposal: none"), the rectangle each frame
 * stored, each frame's delay, and whether it loops forever.
 */
public record GifFrames(List<BufferedImage> images, List<Rectangle> stored, List<Integer> delaysMillis,
        boolean loopsForever) {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";
    private static final String STREAM_FORMAT = "javax_imageio_gif_stream_1.0";

    public static GifFrames read(Path gif) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            int count = reader.getNumImages(true);
            IIOMetadataNode stream = (IIOMetadataNode) reader.getStreamMetadata().getAsTree(STREAM_FORMAT);
            IIOMetadataNode screen = (IIOMetadataNode) stream.getElementsByTagName("LogicalScreenDescriptor").item(0);
            BufferedImage canvas = new BufferedImage(Integer.parseInt(screen.getAttribute("logicalScreenWidth")),
                    Integer.parseInt(screen.getAttribute("logicalScreenHeight")), BufferedImage.TYPE_INT_ARGB);
            List<BufferedImage> images = new ArrayList<>();
            List<Rectangle> stored = new ArrayList<>();
            List<Integer> delays = new ArrayList<>();
            boolean loops = false;
            for (int i = 0; i < count; i++) {
                BufferedImage frame = reader.read(i);
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree(FORMAT);
                for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n.getNodeName().equals("ImageDescriptor")) {
                        IIOMetadataNode d = (IIOMetadataNode) n;
                        stored.add(new Rectangle(Integer.parseInt(d.getAttribute("imageLeftPosition")),
                                Integer.parseInt(d.getAttribute("imageTopPosition")),
                                Integer.parseInt(d.getAttribute("imageWidth")), Integer.parseInt(d.getAttribute("imageHeight"))));
                    }
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
                Rectangle at = stored.get(stored.size() - 1);
                Graphics2D g = canvas.createGraphics();
                g.drawImage(frame, at.x, at.y, null);
                g.dispose();
                BufferedImage shown = new BufferedImage(canvas.getWidth(), canvas.getHeight(), BufferedImage.TYPE_INT_ARGB);
                shown.getGraphics().drawImage(canvas, 0, 0, null);
                images.add(shown);
            }
            return new GifFrames(images, stored, delays, loops);
        } finally {
            reader.dispose();
        }
    }
}
