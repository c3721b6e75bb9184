package io.sockscope.app.diagram.paint.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.LayoutMode;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.diagram.paint.HeadLayer;
import io.sockscope.app.diagram.paint.Highlight;
import io.sockscope.app.diagram.paint.Palette;
import io.sockscope.app.diagram.paint.Viewport;
import io.sockscope.app.diagram.surface.FontSpec;
import io.sockscope.app.diagram.surface.RecordingSurface;
import io.sockscope.app.ui.Fonts;
import io.sockscope.app.ui.Language;
import io.sockscope.model.event.Event;
import io.sockscope.sessions.Sessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every text of a lifeline head stays inside its card, measured by JavaFX in the font the window
 * draws it with: the title, the "local ↔ remote" line and the state (left of the queue gauge when
 * a gauge is drawn), in English and Chinese, at every event of every shipped sample.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HeadTextFitTest {
    private static final Path SAMPLES = Path.of(System.getProperty("sockscope.samples", "../resources/sessions"));
    private static final double CARD = ColumnLayout.COLUMN - 14;
    private static final Pattern TEXT = Pattern.compile("^text \"(.*)\" (\\S+) (\\S+) \\| \\S+ (.+) (\\S+) (bold )?left ");
    private static final Pattern GAUGE = Pattern.compile("^fill \\S+ rect (\\S+) (\\S+) 50 6");

    @Start
    void start(Stage stage) {
        // the toolkit is all these tests need (its text measurement)
    }

    @Test
    void everyHeadTextFitsItsCardAtEveryEventOfEverySample() throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            samples = files.filter(p -> p.toString().endsWith(".sockscope")).sorted().toList();
        }
        assertThat(samples).hasSizeGreaterThan(20);
        List<String> overflows = new ArrayList<>();
        int texts = 0;
        for (Path sample : samples) {
            List<Event> events = Sessions.readAll(sample).events();
            for (Language lang : Language.values()) {
                texts += check(sample.getFileName().toString(), events, lang, overflows);
            }
        }
        assertThat(texts).as("head texts checked").isGreaterThan(10_000);
        assertThat(overflows).as("head texts wider than their cards").isEmpty();
    }

    private static int check(String name, List<Event> events, Language lang, List<String> overflows) {
        SessionFold fold = SessionFold.of(events);
        RowAxis axis = new RowAxis(LayoutMode.STEPS).update(fold);
        ColumnLayout cols = new ColumnLayout(fold.columns());
        Viewport.Fonts fonts = fonts(lang);
        int step = Math.max(1, events.size() / 150);
        int checked = 0;
        for (int i = 0; i < events.size(); i += step) {
            Viewport v = new Viewport(fold, axis, cols, Palette.light(), Math.max(cols.width(), 400),
                    Viewport.HEAD + axis.height() + RowAxis.STEP, 1, 0, 0,
                    new Highlight("", events.get(i).seq(), true), fonts);
            if (lang == Language.ZH) {
                ResourceBundle b = ResourceBundle.getBundle("io.sockscope.app.ui.messages", Locale.CHINESE,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                v.texts(k -> b.containsKey(k) ? b.getString(k) : null);
            }
            RecordingSurface g = new RecordingSurface(CanvasSurface::measureText);
            new HeadLayer().draw(g, v);
            checked += overflowsIn(g.lines(), fonts, name + " " + lang + " at #" + events.get(i).seq(), overflows);
        }
        return checked;
    }

    /** Checks each card's texts (drawn at its left + 8) against its right edge and its gauge. */
    private static int overflowsIn(List<String> lines, Viewport.Fonts fonts, String where, List<String> overflows) {
        List<double[]> gauges = new ArrayList<>();
        for (String line : lines) {
            Matcher m = GAUGE.matcher(line);
            if (m.find()) {
                gauges.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
            }
        }
        int checked = 0;
        for (String line : lines) {
            Matcher m = TEXT.matcher(line);
            if (!m.find()) {
                continue;
            }
            double y = Double.parseDouble(m.group(3));
            if (y < 25) {
                continue; // the owner group's label over the heads, not in a card
            }
            String text = m.group(1);
            double x = Double.parseDouble(m.group(2));
            FontSpec font = m.group(6) != null ? fonts.bold() : fonts.small();
            double right = x + CanvasSurface.measureText(text, font).width();
            double limit = x - 8 + CARD - 4;
            for (double[] gauge : gauges) {
                boolean sameCard = gauge[0] > x && gauge[0] < x - 8 + CARD;
                if (sameCard && y > 55 && gauge[1] >= 55) {
                    limit = Math.min(limit, gauge[0] - 2);
                }
            }
            checked++;
            if (right > limit) {
                overflows.add(where + ": \"" + text + "\" ends at " + Math.round(right) + ", room to " + Math.round(limit));
            }
        }
        return checked;
    }

    private static Viewport.Fonts fonts(Language lang) {
        String family = Fonts.canvasFamily(lang);
        return new Viewport.Fonts(new FontSpec(family, 14, false), new FontSpec(family, 12.5, false),
                new FontSpec(family, 13.5, true));
    }
}
