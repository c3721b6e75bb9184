package io.sockscope.app.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.sockscope.app.diagram.layout.DataArrow;
import io.sockscope.app.diagram.paint.ArrowGeometry;
import io.sockscope.app.diagram.paint.Viewport;
import io.sockscope.model.event.Event;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiagramViewTest {
    private DiagramView view;

    @Start
    void start(Stage stage) {
        view = new DiagramView();
        view.setEvents(DemoSessions.tcp());
        stage.setScene(new Scene(view, 1200, 900));
        stage.show();
        stage.requestFocus();
    }

    @Test
    void drawsArrowsInTheStreamColour() throws Exception {
        WritableImage img = WaitForAsyncUtils.asyncFx(() -> {
            view.redrawNow();
            return view.snapshot(null, null);
        }).get(20, TimeUnit.SECONDS);
        assertThat(count(img, Color.web("#0072B2"))).as("stream arrow pixels").isGreaterThan(200);
        assertThat(count(img, Color.web("#D55E00"))).as("error and reset pixels").isGreaterThan(20);
    }

    @Test
    void clickingAnArrowSelectsItsSendAndArrowKeysMoveOn(FxRobot robot) {
        DataArrow first = view.fold().arrows().get(0);
        Viewport v = view.viewport();
        double[] s = ArrowGeometry.of(first, v.cols(), v.axis());
        double cx = s[0] + (s[2] - s[0]) * 0.8;
        double cy = s[1] + (s[3] - s[1]) * 0.8;
        Point2D screen = view.localToScreen((cx - v.scrollX()) * v.zoom(), (cy - v.scrollY() + Viewport.HEAD) * v.zoom());
        robot.clickOn(screen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.selectionProperty().get()).isEqualTo(new Selection(first.fromSocket(), first.fromSeq(), true));

        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        int row = view.fold().rowOfSeq(first.fromSeq());
        long next = view.fold().rows().get(row + 1).seq();
        assertThat(view.selectionProperty().get().seq()).isEqualTo(next);
        assertThat(view.selectionProperty().get().socket()).isEqualTo(first.fromSocket());
    }

    @Test
    void clickingALifelineSelectsThatSocketAtTheRow(FxRobot robot) {
        Viewport v = view.viewport();
        double x = v.cols().x("s1");
        int row = 20;
        double y = v.axis().y(row);
        robot.clickOn(view.localToScreen((x - v.scrollX()) * v.zoom(), (y - v.scrollY() + Viewport.HEAD) * v.zoom()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.selectionProperty().get())
                .isEqualTo(new Selection("s1", view.fold().rows().get(row).seq(), false));
    }

    @Test
    void liveBatchesKeepTheNewestRowInSight(FxRobot robot) throws Exception {
        List<Event> events = io.sockscope.app.diagram.bench.SyntheticSession.generate(3000, 5);
        WaitForAsyncUtils.asyncFx(() -> view.setEvents(List.of())).get(10, TimeUnit.SECONDS);
        for (int i = 0; i < events.size(); i += 250) {
            List<Event> batch = events.subList(i, Math.min(events.size(), i + 250));
            WaitForAsyncUtils.asyncFx(() -> view.append(batch)).get(10, TimeUnit.SECONDS);
        }
        WaitForAsyncUtils.waitForFxEvents();
        Viewport v = view.viewport();
        assertThat(v.lastRow()).isEqualTo(view.fold().rowCount() - 1);
        assertThat(view.fold().lifelines()).hasSizeGreaterThan(4);
        // fitted to the width: every lifeline has a place (its own column or its family's lane), none off the right edge
        assertThat(view.fold().lifelines()).allSatisfy(l -> assertThat(v.cols().x(l.socket())).isNotNaN());
        assertThat(v.cols().width() * v.zoom()).isLessThanOrEqualTo(v.width() + 0.5);
    }

    @Test
    void plusAndMinusZoom(FxRobot robot) {
        robot.clickOn(view.localToScreen(600, 500));
        robot.type(KeyCode.ADD);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.zoomProperty().get()).isGreaterThan(1.0);
        robot.type(KeyCode.SUBTRACT, 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.zoomProperty().get()).isLessThan(1.0);
    }

    private static int count(WritableImage img, Color c) {
        PixelReader r = img.getPixelReader();
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color p = r.getColor(x, y);
                if (Math.abs(p.getRed() - c.getRed()) < 0.04 && Math.abs(p.getGreen() - c.getGreen()) < 0.04
                        && Math.abs(p.getBlue() - c.getBlue()) < 0.04) {
                    n++;
                }
            }
        }
        return n;
    }
}
