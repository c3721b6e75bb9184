package io.sockscope.app.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** The replay as an animated GIF, with the JDK's own ImageIO writer: one image per frame, looping for ever. */
final class GifWriter {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private GifWriter() {
    }

    static void write(ReplayFrames frames, Path file, int fps, DoubleConsumer progress) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        BufferedImage img = new BufferedImage(frames.width(), frames.height(), BufferedImage.TYPE_INT_RGB);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            int n = frames.frames().size();
            for (int i = 0; i < n; i++) {
                Graphics2D g = img.createGraphics();
                try {
                    frames.paint(i, new Java2dSurface(g));
                } finally {
                    g.dispose();
                }
                double seconds = frames.frames().get(i).seconds();
                writer.writeToSequence(new IIOImage(img, null, metadata(writer, img, seconds, i == 0)), null);
                progress.accept((i + 1.0) / n);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    /** Frame delay in hundredths of a second; the first frame carries the NETSCAPE2.0 loop block. */
    private static IIOMetadata metadata(ImageWriter writer, BufferedImage img, double seconds, boolean first) throws IOException {
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), null);
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(FORMAT);
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString((int) Math.max(2, Math.round(seconds * 100))));
        gce.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0}); // loop count 0: for ever
            apps.appendChild(app);
        }
        meta.setFromTree(FORMAT, root);
        return meta;
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
}
