package io.sockscope.app.diagram.paint.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.sockscope.app.diagram.surface.FontSpec;
import io.sockscope.app.diagram.surface.Rgba;
import io.sockscope.app.diagram.surface.TextAlign;
import io.sockscope.app.diagram.surface.TextBaseline;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Text under the diagram's zoom is written unscaled in a scaled font (so the renderer takes it
 * from its glyph cache): it must land where, and as large as, the zoom itself would put it, and
 * leave the zoom in place for what is drawn after it.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ZoomedTextTest {
    private static final String FAMILY = Font.getDefault().getFamily();
    private static final List<String> TEXTS = List.of("send 4,096 B → recv 1,448 B", "全连接队列 1/5 · 粘包");
    private static final Color INK = Color.BLACK;

    @Start
    void start(Stage stage) {
        // the toolkit is all these tests need
    }

    @Test
    void zoomedTextCoversTheSameBoxAsTextDrawnUnderTheZoom() throws Exception {
        for (double zoom : new double[] {0.55, 0.83, 1.6}) {
            for (String text : TEXTS) {
                for (TextAlign align : TextAlign.values()) {
                    FontSpec spec = new FontSpec(FAMILY, 13, align == TextAlign.CENTER);
                    int[] underZoom = inked(canvas -> {
                        GraphicsContext gc = canvas.getGraphicsContext2D();
                        gc.setTransform(zoom, 0, 0, zoom, 7, 11);
                        gc.setFont(CanvasSurface.font(spec));
                        gc.setFill(INK);
                        gc.setTextAlign(switch (align) {
                            case LEFT -> TextAlignment.LEFT;
                            case CENTER -> TextAlignment.CENTER;
                            case RIGHT -> TextAlignment.RIGHT;
                        });
                        gc.setTextBaseline(VPos.CENTER);
                        gc.fillText(text, 250, 30);
                    });
                    int[] scaledFont = inked(canvas -> {
                        CanvasSurface s = new CanvasSurface(canvas.getGraphicsContext2D());
                        s.setTransform(zoom, 0, 0, zoom, 7, 11);
                        s.setFont(spec);
                        s.setFill(new Rgba(0, 0, 0, 1));
                        s.setTextAlign(align);
                        s.setTextBaseline(TextBaseline.CENTER);
                        s.fillText(text, 250, 30);
                    });
                    String what = text + " at zoom " + zoom + ", " + align + ": inked box (x0, y0, x1, y1)";
                    assertThat(underZoom[0]).as(what + ", not cut by the canvas").isPositive();
                    assertThat(underZoom[2]).as(what + ", not cut by the canvas").isLessThan(799);
                    for (int edge = 0; edge < 4; edge++) {
                        assertThat(scaledFont[edge]).as(what + " edge " + edge + " of " + java.util.Arrays.toString(scaledFont)
                                + " against " + java.util.Arrays.toString(underZoom)).isCloseTo(underZoom[edge],
                                        org.assertj.core.data.Offset.offset(2));
                    }
                }
            }
        }
    }

    @Test
    void whatIsDrawnAfterZoomedTextIsStillZoomedAndInTheSameFont() throws Exception {
        FontSpec spec = new FontSpec(FAMILY, 13, false);
        FontSpec[] after = new FontSpec[1];
        int[] box = inked(canvas -> {
            CanvasSurface s = new CanvasSurface(canvas.getGraphicsContext2D());
            s.setTransform(2, 0, 0, 2, 10, 10);
            s.setFont(spec);
            s.setFill(new Rgba(1, 1, 1, 1));
            s.fillText("x", 20, 20); // white on white: leaves no ink
            s.setFill(new Rgba(0, 0, 0, 1));
            s.fillRect(50, 20, 10, 5);
            after[0] = s.font();
        });
        assertThat(box).as("the square lands at 2 × (50, 20) + (10, 10), 20 × 10 device pixels")
                .containsExactly(110, 50, 129, 59);
        assertThat(after[0]).isEqualTo(spec);
    }

    @Test
    void restoreBringsBackTheTransformTextIsPlacedWith() throws Exception {
        FontSpec spec = new FontSpec(FAMILY, 13, false);
        int[] saved = inked(canvas -> {
            CanvasSurface s = new CanvasSurface(canvas.getGraphicsContext2D());
            s.setTransform(1.5, 0, 0, 1.5, 0, 0);
            s.setFont(spec);
            s.setFill(new Rgba(0, 0, 0, 1));
            s.save();
            s.setTransform(1, 0, 0, 1, 0, 0);
            s.setFont(new FontSpec(FAMILY, 30, true));
            s.restore();
            assertThat(s.font()).isEqualTo(spec);
            s.fillText("ABC", 100, 40);
        });
        int[] direct = inked(canvas -> {
            CanvasSurface s = new CanvasSurface(canvas.getGraphicsContext2D());
            s.setTransform(1.5, 0, 0, 1.5, 0, 0);
            s.setFont(spec);
            s.setFill(new Rgba(0, 0, 0, 1));
            s.fillText("ABC", 100, 40);
        });
        assertThat(saved).containsExactly(direct);
        assertThat(saved[0]).as("drawn at 1.5 × x").isBetween(148, 152);
    }

    /** Draws on a white 800×160 canvas and returns the box of the pixels drawn darker: x0, y0, x1, y1 (all -1 if none). */
    private static int[] inked(Consumer<Canvas> draw) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(800, 160);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setFill(Color.WHITE);
            gc.fillRect(0, 0, 800, 160);
            draw.accept(canvas);
            WritableImage img = canvas.snapshot(new SnapshotParameters(), null);
            PixelReader r = img.getPixelReader();
            int x0 = -1;
            int y0 = -1;
            int x1 = -1;
            int y1 = -1;
            for (int y = 0; y < (int) img.getHeight(); y++) {
                for (int x = 0; x < (int) img.getWidth(); x++) {
                    if (r.getColor(x, y).getBrightness() < 0.6) {
                        x0 = x0 < 0 ? x : Math.min(x0, x);
                        y0 = y0 < 0 ? y : y0;
                        x1 = Math.max(x1, x);
                        y1 = y;
                    }
                }
            }
            return new int[] {x0, y0, x1, y1};
        }).get(30, TimeUnit.SECONDS);
    }
}
