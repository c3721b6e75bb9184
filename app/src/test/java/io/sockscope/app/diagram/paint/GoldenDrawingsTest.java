package io.sockscope.app.diagram.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.LayoutMode;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.diagram.surface.FontSpec;
import io.sockscope.app.diagram.surface.RecordingSurface;
import io.sockscope.model.event.Event;
import io.sockscope.sessions.Sessions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden drawings: each layer's recorded drawing of a few shipped samples, compared line by line
 * with text files under {@code src/test/resources/.../golden}. A layer removed, added or drawing
 * anything differently fails its own test. After an intended change of the pictures, regenerate
 * with {@code mvn -pl app -am test -Dtest=GoldenDrawingsTest -Dsockscope.goldens.update=true}
 * and review the diff of the golden files.
 */
class GoldenDrawingsTest {
    /** Every layer the painter draws, in order. */
    static final List<String> LAYERS = List.of("grid", "band", "lifeline", "activation", "signal", "arrow",
            "caption", "label", "mark", "gutter", "head");
    private static final Path SAMPLES = Path.of(System.getProperty("sockscope.samples", "../resources/sessions"));
    private static final Path GOLDEN = Path.of("src/test/resources/io/sockscope/app/diagram/paint/golden");
    private static final String RESOURCE = "/io/sockscope/app/diagram/paint/golden/";

    /** One drawing: a sample, its layout, and the event highlighted (or -1). */
    record Case(String sample, LayoutMode mode, long highlight) {
        String name() {
            return sample + (mode == LayoutMode.TIME ? "-time" : "") + (highlight >= 0 ? "-selected-" + highlight : "");
        }
    }

    static final List<Case> CASES = List.of(
            new Case("select-server", LayoutMode.STEPS, -1),
            new Case("select-server", LayoutMode.STEPS, 16),
            new Case("udp-overflow", LayoutMode.STEPS, -1),
            new Case("partial-send", LayoutMode.STEPS, -1),
            new Case("blocking-accept", LayoutMode.STEPS, -1),
            new Case("reset", LayoutMode.STEPS, -1),
            new Case("silent-peer", LayoutMode.TIME, -1));

    @TestFactory
    Stream<DynamicTest> everyLayerDrawsAsItsGolden() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        boolean update = Boolean.getBoolean("sockscope.goldens.update");
        for (Case c : CASES) {
            List<String> actual = record(c);
            if (update) {
                Files.createDirectories(GOLDEN);
                Files.write(GOLDEN.resolve(c.name() + ".txt"), actual, StandardCharsets.UTF_8);
            }
            Map<String, List<String>> want = sections(update ? actual : golden(c));
            Map<String, List<String>> got = sections(actual);
            for (String layer : want.keySet()) {
                tests.add(DynamicTest.dynamicTest(c.name() + " " + layer, () -> {
                    assertTrue(got.containsKey(layer), "layer " + layer + " was not drawn");
                    assertEquals(String.join("\n", want.get(layer)), String.join("\n", got.get(layer)),
                            c.name() + ": layer " + layer + " draws differently (regenerate with -Dsockscope.goldens.update=true if intended)");
                }));
            }
            tests.add(DynamicTest.dynamicTest(c.name() + " layers in order", () ->
                    assertEquals(List.copyOf(want.keySet()), List.copyOf(got.keySet()), "layers drawn")));
        }
        return tests.stream();
    }

    @Test
    void goldensHoldEveryLayerAndEachLayerDrawsInSomeSample() throws Exception {
        Map<String, Integer> drawn = new LinkedHashMap<>();
        for (Case c : CASES) {
            Map<String, List<String>> s = sections(golden(c));
            assertEquals(concat(List.of("frame"), LAYERS), List.copyOf(s.keySet()), c.name());
            s.forEach((layer, lines) -> drawn.merge(layer, (int) lines.stream().filter(l -> l.startsWith("fill")
                    || l.startsWith("stroke") || l.startsWith("text")).count(), Integer::sum));
        }
        drawn.forEach((layer, n) -> assertTrue(n > 0, layer + " draws nothing in any golden sample"));
    }

    @Test
    void recordingIsTheSameEveryTime() throws Exception {
        Case c = CASES.get(0);
        assertEquals(record(c), record(c));
        assertFalse(record(c).isEmpty());
    }

    /** The drawing of a whole sample on one page, as image export draws it, in recorded form. */
    static List<String> record(Case c) throws Exception {
        List<Event> events = Sessions.readAll(SAMPLES.resolve(c.sample() + ".sockscope")).events();
        SessionFold fold = SessionFold.of(events);
        RowAxis axis = new RowAxis(c.mode()).update(fold);
        ColumnLayout cols = new ColumnLayout(fold.columns());
        double width = Math.max(cols.width(), 400);
        double height = Viewport.HEAD + axis.height() + RowAxis.STEP;
        Highlight h = null;
        if (c.highlight() >= 0) {
            Event e = events.get((int) c.highlight());
            h = new Highlight(e.socket(), e.seq(), true);
        }
        Viewport v = new Viewport(fold, axis, cols, Palette.light(), width, height, 1, 0, 0, h,
                new Viewport.Fonts(new FontSpec("Sans", 14, false), new FontSpec("Sans", 12.5, false),
                        new FontSpec("Sans", 13.5, true)));
        RecordingSurface surface = new RecordingSurface(RecordingSurface.fixedMetrics());
        new DiagramPainter().paint(surface, v);
        return surface.lines();
    }

    private static List<String> golden(Case c) throws IOException {
        try (var in = GoldenDrawingsTest.class.getResourceAsStream(RESOURCE + c.name() + ".txt")) {
            if (in == null) {
                throw new IOException("no golden drawing " + c.name() + ".txt: generate it with -Dsockscope.goldens.update=true");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** Lines by layer group; lines outside any group (transforms, the background) under "frame". */
    static Map<String, List<String>> sections(List<String> lines) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("frame", new ArrayList<>());
        String current = "frame";
        for (String l : lines) {
            if (l.equals("## end")) {
                current = "frame";
            } else if (l.startsWith("## ")) {
                current = l.substring(3);
                out.put(current, new ArrayList<>());
            } else {
                out.get(current).add(l);
            }
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
