package io.sockscope.app.export;

import io.sockscope.model.event.Event;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Reads exported GIFs back with ImageIO. */
final class Gifs {
    private Gifs() {
    }

    static int frames(Path gif) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
            try {
                r.setInput(in);
                return r.getNumImages(true);
            } finally {
                r.dispose();
            }
        }
    }

    /** One frame per step, or per event in a session without steps. */
    static long expectedFrames(List<Event> events) {
        long steps = ExportSamplesTest.steps(events);
        return steps > 0 ? steps : events.size();
    }
}
