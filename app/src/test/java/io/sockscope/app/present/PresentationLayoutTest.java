package io.sockscope.app.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.diagram.paint.Viewport;
import io.sockscope.app.ui.Language;
import io.sockscope.app.ui.MainWindow;
import io.sockscope.app.ui.Settings;
import io.sockscope.app.ui.Theme;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presentation mode at 1280×720 and 1920×1080, in English and Chinese, at every step of the
 * sample with the longest captions: no text cut or off the screen, and projector sizes at 1080p
 * (caption at least 28 px, the diagram's smallest labels at least 18 px).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class PresentationLayoutTest {
    private final ExecutorService loader = Executors.newSingleThreadExecutor();
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = MainWindow.reading(stage, Settings.load(Files.createTempDirectory("sockscope-settings")), loader);
        stage.show();
    }

    @AfterEach
    void stopLoader() {
        loader.shutdownNow();
    }

    @Test
    void everyStepFitsAtBothSizesInBothLanguages(FxRobot robot) throws Exception {
        open("backlog");
        for (Language lang : Language.values()) {
            Presentation p = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> Presentation.open(window, lang, Theme.DARK, 1));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, p::ready); // folded off the FX thread
            boolean chinese = WaitForAsyncUtils.waitForAsyncFx(5000, () -> p.view().fold().rows().stream()
                    .map(r -> r.event()).filter(e -> e instanceof io.sockscope.model.event.Note)
                    .anyMatch(e -> ((io.sockscope.model.event.Note) e).text().codePoints().anyMatch(c -> c >= 0x4e00)));
            assertEquals(lang == Language.ZH, chinese, lang + ": the diagram's captions are in the presentation's language");
            for (int[] size : new int[][] {{1280, 720}, {1920, 1080}}) {
                Scene scene = sized(p, size);
                var fold = window.diagram().fullFold();
                int questions = fold.questionCount();
                // every step, then every question asked (the card before its answer is revealed)
                for (int step = 1; step <= p.stepCount() + questions; step++) {
                    int n = step;
                    robot.interact(() -> {
                        if (n <= p.stepCount()) {
                            p.goToStep(n);
                        } else {
                            window.transport().seek(fold.questionSeq(n - p.stepCount() - 1));
                        }
                        scene.getRoot().applyCss();
                        scene.getRoot().layout();
                    });
                    String where = lang + " " + size[0] + "x" + size[1] + " step " + step;
                    // on the FX thread: measuring text elsewhere races the renderer's text layout
                    WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
                        assertFits(scene, where);
                        return null;
                    });
                    assertTrue(p.view().getHeight() > scene.getHeight() * 0.5, where + ": the diagram keeps most of the screen");
                    if (size[0] == 1920) {
                        assertTrue(p.captionLabel().getFont().getSize() >= 28, where + ": caption " + p.captionLabel().getFont());
                        Viewport v = p.view().viewport();
                        assertTrue(v.small().size() * v.zoom() >= 18, where + ": diagram labels " + v.small().size() * v.zoom());
                    }
                }
            }
            robot.interact(p::close);
        }
    }

    /**
     * A session wider than the screen at the projector's zoom (select-server: six lifelines)
     * draws families as lanes instead of shrinking its text or leaving columns off the screen.
     */
    @Test
    void aWideSessionKeepsTheProjectorSizeWithLanes(FxRobot robot) throws Exception {
        open("select-server");
        Presentation p = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> Presentation.open(window, Language.EN, Theme.LIGHT, 1));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, p::ready);
        for (int[] size : new int[][] {{1280, 720}, {1920, 1080}}) {
            Scene scene = sized(p, size);
            robot.interact(() -> {
                p.goToStep(p.stepCount());
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            });
            String where = size[0] + "x" + size[1];
            Viewport v = WaitForAsyncUtils.waitForAsyncFx(5000, () -> p.view().viewport());
            assertTrue(v.cols().columns().size() < v.fold().columns().size(), where + ": families drawn as lanes");
            for (int i = 0; i < v.cols().columns().size(); i++) {
                double right = (v.x(i) + io.sockscope.app.diagram.layout.ColumnLayout.COLUMN / 2) * v.zoom(); // view pixels
                assertTrue(right <= v.width(), where + ": column " + i + " ends at " + right + " of " + v.width());
            }
            double least = size[0] == 1920 ? 18 : 12;
            assertTrue(v.small().size() * v.zoom() >= least, where + ": diagram labels " + v.small().size() * v.zoom());
        }
        robot.interact(p::close);
    }

    /** Opens a shipped sample in the window and waits until its events are there. */
    private void open(String sample) throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            window.viewModel().open(PresentationTest.SAMPLES.resolve(sample + ".sockscope"));
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.viewModel().events().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The presentation laid out in a scene of {@code size} (the headless screen is smaller than 1920×1080). */
    private static Scene sized(Presentation p, int[] size) throws Exception {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            Scene old = p.root().getScene();
            old.setRoot(new javafx.scene.layout.Region());
            Scene sized = new Scene(p.root(), size[0], size[1]);
            sized.getStylesheets().setAll(old.getStylesheets());
            return sized;
        });
    }

    /** Every label shown is whole (no "…" in place of its end) and inside the scene. */
    static void assertFits(Scene scene, String where) {
        List<Labeled> labels = new ArrayList<>();
        collect(scene.getRoot(), labels);
        assertTrue(labels.size() >= 2, where + ": the step label and caption are there");
        for (Labeled l : labels) {
            if (l.getText() == null || l.getText().isEmpty()) {
                continue;
            }
            Text shown = l.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                    .findFirst().orElseThrow(() -> new AssertionError(where + ": no text drawn for " + l.getText()));
            assertEquals(l.getText(), shown.getText(), where + ": cut");
            Bounds b = l.localToScene(l.getLayoutBounds());
            assertTrue(b.getMinX() >= -0.5 && b.getMinY() >= -0.5 && b.getMaxX() <= scene.getWidth() + 0.5
                    && b.getMaxY() <= scene.getHeight() + 0.5, where + ": off the screen: " + l.getText() + " " + b);
            Bounds t = shown.localToScene(shown.getBoundsInLocal());
            // a wrapped line's trailing space may reach past the label's right edge; never past the screen's
            assertTrue(t.getMaxY() <= b.getMaxY() + 1 && t.getMaxX() <= scene.getWidth(),
                    where + ": text runs out of its label: " + l.getText() + " " + t + " in " + b);
        }
    }

    private static void collect(Node n, List<Labeled> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l) {
            out.add(l);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }
}
