package io.sockscope.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.diagram.layout.LayoutMode;
import io.sockscope.app.diagram.layout.Recorded;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import io.sockscope.sessions.Session;
import io.sockscope.sessions.Sessions;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What each format promises, on one sample: sizes, frames, languages, and nothing left behind on failure. */
class ExportFilesTest {
    @TempDir
    Path dir;

    private static Session sample(String name) throws Exception {
        return Sessions.readAll(ExportSamplesTest.SAMPLES.resolve(name + ".sockscope"));
    }

    private static ExportRequest request(ExportFormat f, ExportRange range, int width, double scale) {
        return new ExportRequest(f, new ExportStyle(false, "en"), range, width, scale, 25, 1, 1);
    }

    @Test
    void pngIsTheDiagramsSizeTimesTheScale() throws Exception {
        Session s = sample("select-server");
        Path out = dir.resolve("d.png");
        new Exporter(s.events(), "", request(ExportFormat.PNG, ExportRange.all(), 0, 2)).writeTo(out);
        SessionFold fold = SessionFold.of(s.events());
        DiagramPicture pic = new DiagramPicture(fold, new RowAxis(LayoutMode.STEPS).update(fold), new ExportStyle(false, "en"),
                0, fold.rowCount() - 1, 1);
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(pic.width() * 2, img.getWidth());
        assertEquals(pic.height() * 2, img.getHeight());
        assertTrue(pic.height() > RowAxis.STEP * fold.rowCount(), "every row drawn");
    }

    /** The dialog's preview of a picture wider than it shows the whole width, scaled, not its left part. */
    @Test
    void previewOfAWidePictureIsItsWholeWidthScaledDown() throws Exception {
        Session s = sample("select-server");
        Exporter x = new Exporter(s.events(), "", request(ExportFormat.PNG, ExportRange.all(), 0, 1));
        BufferedImage full = x.previewImage(100_000, 100_000);
        BufferedImage small = x.previewImage(640, 400);
        assertTrue(full.getWidth() > 900, "the sample is wider than the preview: " + full.getWidth());
        assertEquals(640, small.getWidth());
        assertEquals(400, small.getHeight());
        double scale = 640.0 / full.getWidth();
        BufferedImage expected = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = expected.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(full, 0, 0, 640, 400, 0, 0, full.getWidth(), (int) Math.round(400 / scale), null);
        g.dispose();
        double diff = 0;
        for (int y = 0; y < 400; y++) {
            for (int px = 0; px < 640; px++) {
                diff += Math.abs(gray(small.getRGB(px, y)) - gray(expected.getRGB(px, y)));
            }
        }
        diff /= 640 * 400;
        assertTrue(diff < 8, "the preview looks like the whole picture scaled down: mean difference " + diff);
    }

    private static int gray(int rgb) {
        return ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
    }

    @Test
    void pngOfALongSessionHoldsEveryRowDownToTheLast() throws Exception {
        List<Event> events = io.sockscope.app.diagram.bench.SyntheticSession.generate(600, 9);
        Path out = dir.resolve("long.png");
        new Exporter(events, "", request(ExportFormat.PNG, ExportRange.all(), 0, 1)).writeTo(out);
        SessionFold fold = SessionFold.of(events);
        RowAxis axis = new RowAxis(LayoutMode.STEPS).update(fold);
        BufferedImage img = ImageIO.read(out.toFile());
        assertTrue(img.getHeight() >= axis.height() + io.sockscope.app.diagram.paint.Viewport.HEAD, "height " + img.getHeight());
        int blue = 0; // stream arrows (#0072B2) in the lowest 1500 pixels: the last rows are drawn too
        for (int y = img.getHeight() - 1500; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int p = img.getRGB(x, y);
                if (Math.abs((p >> 16 & 0xff) - 0x00) < 12 && Math.abs((p >> 8 & 0xff) - 0x72) < 12 && Math.abs((p & 0xff) - 0xb2) < 12) {
                    blue++;
                }
            }
        }
        assertTrue(blue > 50, "stream arrow pixels near the end: " + blue);
    }

    @Test
    void pngOfARangeIsShorterThanTheWhole() throws Exception {
        Session s = sample("select-server");
        Path whole = dir.resolve("whole.png");
        Path part = dir.resolve("part.png");
        new Exporter(s.events(), "", request(ExportFormat.PNG, ExportRange.all(), 0, 1)).writeTo(whole);
        new Exporter(s.events(), "", request(ExportFormat.PNG, new ExportRange(ExportRange.Kind.STEPS, 2, 3), 0, 1)).writeTo(part);
        assertTrue(ImageIO.read(part.toFile()).getHeight() < ImageIO.read(whole.toFile()).getHeight() / 2);
    }

    @Test
    void gifHasOneFramePerStepHeldForTheStepSecondsAndLoops() throws Exception {
        Session s = sample("tcp-echo");
        Path out = dir.resolve("r.gif");
        new Exporter(s.events(), "", new ExportRequest(ExportFormat.GIF, new ExportStyle(true, "en"), ExportRange.all(),
                1280, 1, 25, 1.5, 1)).writeTo(out);
        try (ImageInputStream in = ImageIO.createImageInputStream(out.toFile())) {
            ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            assertEquals(ExportSamplesTest.steps(s.events()), r.getNumImages(true));
            BufferedImage first = r.read(0);
            assertEquals(1280, first.getWidth());
            assertEquals(720, first.getHeight());
            IIOMetadataNode root = (IIOMetadataNode) r.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode gce = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
            assertEquals("150", gce.getAttribute("delayTime"));
            IIOMetadataNode app = (IIOMetadataNode) root.getElementsByTagName("ApplicationExtension").item(0);
            assertEquals("NETSCAPE", app.getAttribute("applicationID"));
            r.dispose();
        }
    }

    @Test
    @Timeout(120)
    void mp4LastsAStepSecondsPerStep() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Mp4Writer.ffmpeg().isPresent(), "ffmpeg is not on the PATH: MP4 not tried");
        Session s = sample("tcp-echo");
        Path out = dir.resolve("r.mp4");
        new Exporter(s.events(), "", new ExportRequest(ExportFormat.MP4, new ExportStyle(false, "en"), ExportRange.all(),
                640, 1, 10, 0.5, 1)).writeTo(out);
        Path ffprobe = Mp4Writer.ffmpeg().get().resolveSibling("ffprobe");
        Process p = new ProcessBuilder(ffprobe.toString(), "-v", "error", "-show_entries", "format=duration:stream=width,height",
                "-of", "default=noprint_wrappers=1", out.toString()).redirectErrorStream(true).start();
        String info = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), info);
        double duration = Double.parseDouble(info.lines().filter(l -> l.startsWith("duration=")).findFirst().orElseThrow()
                .substring("duration=".length()));
        assertEquals(ExportSamplesTest.steps(s.events()) * 0.5, duration, 0.15, info);
        assertTrue(info.contains("width=640") && info.contains("height=360"), info);
    }

    @Test
    void gifOfAnEventRangeHasOneFramePerEvent() throws Exception {
        Session s = sample("udp-echo");
        Path out = dir.resolve("e.gif");
        new Exporter(s.events(), "", request(ExportFormat.GIF, new ExportRange(ExportRange.Kind.EVENTS, 3, 9), 640, 1)).writeTo(out);
        assertEquals(7, Gifs.frames(out));
    }

    @Test
    void aBilingualSampleExportsItsCaptionsInTheLanguageAsked() throws Exception {
        Session s = sample("tcp-echo");
        Note first = s.events().stream().filter(e -> e instanceof Note n && n.step() == 1).map(Note.class::cast)
                .findFirst().orElseThrow();
        assertTrue(first.bilingual(), "the shipped samples carry both languages");
        for (String lang : List.of("en", "zh")) {
            Path out = dir.resolve("bi-" + lang + ".svg");
            new Exporter(s.events(), "", new ExportRequest(ExportFormat.SVG, new ExportStyle(false, lang), ExportRange.all(),
                    0, 1, 25, 1, 1)).writeTo(out);
            List<String> texts = Svgs.texts(Svgs.parse(Files.readString(out)));
            String firstLine = io.sockscope.app.diagram.layout.text.LineWrap.wrap(first.in(lang), 4000,
                    io.sockscope.app.diagram.layout.text.TextMeasure.estimate(),
                    io.sockscope.app.diagram.layout.text.TextStyle.BOLD).get(0);
            String head = firstLine.substring(0, Math.min(12, firstLine.length()));
            assertTrue(texts.stream().anyMatch(t -> t.startsWith(head)), lang + ": caption starting " + head + " in " + texts.stream().limit(30).toList());
            String other = first.in(lang.equals("en") ? "zh" : "en");
            assertFalse(texts.stream().anyMatch(t -> t.startsWith(other.substring(0, 12))), lang + ": not the other language's caption");
        }
    }

    @Test
    @Timeout(120)
    void chineseCaptionsAndStatesAreWholeTextInTheSvg() throws Exception {
        List<Event> events = Recorded.session("tcp-echo@zh");
        Path out = dir.resolve("zh.svg");
        new Exporter(events, "", new ExportRequest(ExportFormat.SVG, new ExportStyle(false, "zh"), ExportRange.all(),
                0, 1, 25, 1, 1)).writeTo(out);
        String svg = Files.readString(out);
        Svgs.check(svg, events, "zh");
        List<String> texts = Svgs.texts(Svgs.parse(svg));
        assertTrue(events.stream().anyMatch(e -> e instanceof Note n && n.in("zh").codePoints().anyMatch(c -> c >= 0x4e00)),
                "the session's captions are Chinese");
        assertTrue(texts.stream().anyMatch(t -> t.equals("已关闭") || t.equals("已连接") || t.equals("监听中")),
                "head states in Chinese: " + texts.stream().limit(40).toList());
    }

    @Test
    void pumlRendersThroughPlantUmlWithEveryParticipantAndMessage() throws Exception {
        Session s = sample("select-server");
        Path out = dir.resolve("s.puml");
        new Exporter(s.events(), s.header().title(), request(ExportFormat.PUML, ExportRange.all(), 0, 1)).writeTo(out);
        String puml = Files.readString(out);
        PlantUmls.check(puml, s.events());
        assertTrue(puml.contains("create s5"), "the accepted socket is created by its accept");
        assertTrue(puml.contains("== Step 1 =="), "steps are dividers");
        assertTrue(puml.contains("box \"SERVER\""), "lifelines boxed by owner");
    }

    @Test
    void pumlMarksErrors() throws Exception {
        Session s = sample("reset");
        String puml = PlantUmlWriter.write(SequenceScript.of(SessionFold.of(s.events()), 0, Integer.MAX_VALUE), "", "Step {0}");
        assertTrue(puml.lines().anyMatch(l -> l.startsWith("note over") && l.contains("#FFCCCC") && l.contains("error")), puml);
        PlantUmls.check(puml, s.events());
    }

    @Test
    void mmdHasAMessagePerPlantUmlMessage() throws Exception {
        Session s = sample("many-clients");
        SessionFold fold = SessionFold.of(s.events());
        String mmd = MermaidWriter.write(SequenceScript.of(fold, 0, Integer.MAX_VALUE), s.header().title(), "Step {0}");
        int messages = Mermaids.check(mmd);
        assertEquals(fold.arrows().size() + fold.unread().size() + fold.signals().size() + fold.creations().size(), messages);
    }

    @Test
    void anEmptyRangeIsRefusedAndLeavesNoFile() throws Exception {
        Session s = sample("select-server");
        Path out = dir.resolve("none.svg");
        ExportException e = assertThrows(ExportException.class, () -> new Exporter(s.events(), "",
                request(ExportFormat.SVG, new ExportRange(ExportRange.Kind.STEPS, 40, 50), 0, 1)).writeTo(out));
        assertTrue(e.getMessage().contains("not in the session"), e.getMessage());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aCancelledExportLeavesNoFile() throws Exception {
        Session s = sample("select-server");
        Path out = dir.resolve("c.gif");
        assertThrows(CancellationException.class, () -> new Exporter(s.events(), "",
                request(ExportFormat.GIF, ExportRange.all(), 640, 1)).cancelled(() -> true).writeTo(out));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }
}
