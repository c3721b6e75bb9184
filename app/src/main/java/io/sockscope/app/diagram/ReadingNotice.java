package io.sockscope.app.diagram;

import io.sockscope.app.diagram.paint.Palette;
import io.sockscope.app.diagram.paint.Viewport;
import java.util.function.Function;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** What the diagram shows for the moment an older part of a live session is read back: one line. */
final class ReadingNotice {
    private ReadingNotice() {
    }

    static void draw(Canvas canvas, Canvas heads, Palette palette, Viewport.Fonts fonts, Function<String, String> texts) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setGlobalAlpha(1);
        g.setFill(fx(palette.background()));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        heads.getGraphicsContext2D().clearRect(0, 0, heads.getWidth(), heads.getHeight());
        String text = texts.apply("diagram.reading");
        g.setFill(fx(palette.muted()));
        g.setFont(Font.font(fonts == null ? Font.getDefault().getFamily() : fonts.bold().family(), FontWeight.BOLD,
                fonts == null ? 14 : fonts.bold().size()));
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(text == null ? "Reading this part of the session from its file" : text,
                canvas.getWidth() / 2, canvas.getHeight() / 2);
    }

    private static Color fx(io.sockscope.app.diagram.surface.Rgba c) {
        return Color.color(c.red(), c.green(), c.blue(), c.opacity());
    }
}
