package io.sockscope.app.diagram.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.FoldCut;
import io.sockscope.app.diagram.layout.FoldView;
import io.sockscope.app.diagram.layout.LayoutMode;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.diagram.surface.FontSpec;
import io.sockscope.app.diagram.surface.RecordingSurface;
import io.sockscope.model.event.Event;
import io.sockscope.sessions.Sessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole fold cut after event k draws exactly what a fold of events 0..k draws: every layer,
 * heads included, call by call, for every shipped sample at several k, in both layouts, with and
 * without event k selected (the window selects the position). A cut is worked out from the fold
 * and k alone, so the picture at k is the same whether k was reached stepping forward or back.
 */
class CutDrawingTest {
    private static final Path SAMPLES = Path.of(System.getProperty("sockscope.samples", "../resources/sessions"));

    @TestFactory
    Stream<DynamicTest> cutDrawsAsTheFoldUpToItsEvent() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".sockscope")).sorted().toList()) {
                List<Event> events = Sessions.readAll(file).events();
                SessionFold whole = SessionFold.of(events);
                String name = file.getFileName().toString().replace(".sockscope", "");
                for (long k : positions(events.size())) {
                    tests.add(DynamicTest.dynamicTest(name + " up to " + k, () -> {
                        for (LayoutMode mode : LayoutMode.values()) {
                            for (boolean selected : new boolean[] {false, true}) {
                                Event e = events.get((int) k);
                                Highlight h = selected ? new Highlight(e.socket(), e.seq(), true) : null;
                                SessionFold upTo = new SessionFold();
                                upTo.append(events.subList(0, (int) k + 1));
                                FoldCut cut = whole.cutAfter(k);
                                assertEquals(String.join("\n", drawing(upTo, new RowAxis(mode).update(upTo), h)),
                                        String.join("\n", drawing(cut, new RowAxis(mode).update(whole).cut(cut), h)),
                                        name + " cut after " + k + " in " + mode + (selected ? ", selected" : ""));
                            }
                        }
                    }));
                }
            }
        }
        return tests.stream();
    }

    /** The first events, a few spread over the session, and the last two. */
    static List<Long> positions(int n) {
        TreeSet<Long> ks = new TreeSet<>(List.of(0L, 1L, 2L));
        for (int i = 1; i <= 9; i++) {
            ks.add((long) n * i / 10);
        }
        ks.add(n - 2L);
        ks.add(n - 1L);
        ks.removeIf(k -> k < 0 || k >= n);
        return List.copyOf(ks);
    }

    /** One page with every row of {@code shown}, as image export draws it, in recorded form. */
    static List<String> drawing(FoldView shown, RowAxis axis, Highlight h) {
        ColumnLayout cols = new ColumnLayout(shown.columns());
        double width = Math.max(cols.width(), 400);
        double height = Viewport.HEAD + axis.height() + RowAxis.STEP;
        Viewport v = new Viewport(shown, axis, cols, Palette.light(), width, height, 1, 0, 0, h,
                new Viewport.Fonts(new FontSpec("Sans", 14, false), new FontSpec("Sans", 12.5, false),
                        new FontSpec("Sans", 13.5, true)));
        RecordingSurface surface = new RecordingSurface(RecordingSurface.fixedMetrics());
        new DiagramPainter().paint(surface, v);
        return surface.lines();
    }
}
