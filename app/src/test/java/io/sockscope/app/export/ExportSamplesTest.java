package io.sockscope.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import io.sockscope.sessions.Session;
import io.sockscope.sessions.Sessions;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every shipped sample exports in every format, and each file is what its format promises. */
class ExportSamplesTest {
    static final Path SAMPLES = Path.of(System.getProperty("sockscope.samples", "../resources/sessions"));

    @TempDir
    Path dir;

    static List<Path> samples() throws Exception {
        try (Stream<Path> s = Files.list(SAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".sockscope")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everySampleExportsInEveryFormat() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path sample : samples()) {
            String name = sample.getFileName().toString().replace(".sockscope", "");
            for (ExportFormat f : ExportFormat.values()) {
                tests.add(DynamicTest.dynamicTest(name + "." + f.extension(), () -> export(sample, name, f)));
            }
        }
        return tests.stream();
    }

    private void export(Path sample, String name, ExportFormat format) throws Exception {
        if (format == ExportFormat.MP4) {
            Assumptions.assumeTrue(Mp4Writer.ffmpeg().isPresent(), "ffmpeg is not on the PATH: MP4 export not tried");
        }
        Session session = Sessions.readAll(sample);
        List<Event> events = session.events();
        ExportRequest r = ExportRequest.of(format);
        if (format.animated()) { // small frames keep the run short; the frame count is what matters
            r = new ExportRequest(format, r.style(), r.range(), 640, 1, 10, 0.5, 1);
        }
        Path out = dir.resolve(name + "." + format.extension());
        new Exporter(events, session.header().title(), r).writeTo(out);
        assertTrue(Files.size(out) > 0, out + " is empty");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(p -> p.toString().endsWith(".part")).toList(), "temporary files left");
        }
        switch (format) {
            case SVG -> Svgs.check(Files.readString(out), events, r.style().lang());
            case PNG -> {
                BufferedImage img = ImageIO.read(out.toFile());
                assertTrue(img.getWidth() >= 400 && img.getHeight() > 78, "PNG " + img.getWidth() + "x" + img.getHeight());
            }
            case GIF -> assertEquals(Gifs.expectedFrames(events), Gifs.frames(out), "GIF frames");
            case MP4 -> assertTrue(Files.size(out) > 1000);
            case PUML -> PlantUmls.check(Files.readString(out), events);
            case MMD -> Mermaids.check(Files.readString(out));
        }
    }

    static long steps(List<Event> events) {
        return events.stream().filter(e -> e instanceof Note n && n.step() > 0).count();
    }
}
