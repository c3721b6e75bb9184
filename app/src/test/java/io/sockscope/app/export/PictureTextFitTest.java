package io.sockscope.app.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.diagram.layout.LayoutMode;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.diagram.surface.FontSpec;
import io.sockscope.app.diagram.surface.RecordingSurface;
import io.sockscope.sessions.Sessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every text an exported picture draws lies inside the picture: the labels written beside the
 * last lifeline too, in English and Chinese, for every shipped sample (measured in the fonts the
 * export draws with).
 */
@Timeout(120)
class PictureTextFitTest {
    private static final Pattern TEXT = Pattern.compile("^text \"(.*)\" (\\S+) (\\S+) \\| \\S+ (.+?) ([0-9.]+) (bold )?(left|center|right) ");
    private static final Pattern TRANSFORM = Pattern.compile("^transform (\\S+) \\S+ \\S+ \\S+ (\\S+) \\S+");

    @Test
    void everyTextOfEverySampleIsInsideItsPicture() throws Exception {
        List<Path> samples;
        try (Stream<Path> s = Files.list(ExportSamplesTest.SAMPLES)) {
            samples = s.filter(p -> p.toString().endsWith(".sockscope")).sorted().toList();
        }
        assertTrue(samples.size() >= 20, "the samples are there: " + samples.size());
        List<String> outside = new ArrayList<>();
        int checked = 0;
        for (Path sample : samples) {
            SessionFold fold = SessionFold.of(Sessions.readAll(sample).events());
            for (String lang : List.of("en", "zh")) {
                ExportStyle style = new ExportStyle(false, lang);
                DiagramPicture pic = new DiagramPicture(fold, new RowAxis(LayoutMode.STEPS).update(fold), style, 0,
                        fold.rowCount() - 1, 1);
                RecordingSurface g = new RecordingSurface(Java2dFonts::measure);
                pic.paint(g);
                checked += outside(g.lines(), pic.width(), sample.getFileName() + " " + lang, outside);
            }
        }
        assertTrue(checked > 1000, "texts checked: " + checked);
        assertTrue(outside.isEmpty(), outside.size() + " texts leave their picture, e.g. " + outside.subList(0, Math.min(8, outside.size())));
    }

    /** Checks each text's right end, in picture pixels, against the picture's width. */
    private static int outside(List<String> lines, int width, String where, List<String> out) {
        Deque<double[]> saved = new ArrayDeque<>();
        double[] t = {1, 0};
        int checked = 0;
        for (String line : lines) {
            if (line.startsWith("save")) {
                saved.push(t.clone());
                continue;
            }
            if (line.startsWith("restore")) {
                t = saved.isEmpty() ? new double[] {1, 0} : saved.pop();
                continue;
            }
            Matcher tm = TRANSFORM.matcher(line);
            if (tm.find()) {
                t = new double[] {Double.parseDouble(tm.group(1)), Double.parseDouble(tm.group(2))};
                continue;
            }
            Matcher m = TEXT.matcher(line);
            if (!m.find()) {
                continue;
            }
            String text = m.group(1);
            double x = Double.parseDouble(m.group(2));
            FontSpec font = new FontSpec(m.group(4), Double.parseDouble(m.group(5)), m.group(6) != null);
            double w = Java2dFonts.measure(text, font).width();
            double right = switch (m.group(7)) {
                case "center" -> x + w / 2;
                case "right" -> x;
                default -> x + w;
            };
            double end = t[0] * right + t[1];
            checked++;
            if (end > width + 0.5) {
                out.add(where + ": \"" + text + "\" ends at " + Math.round(end) + " of " + width);
            }
        }
        return checked;
    }
}
