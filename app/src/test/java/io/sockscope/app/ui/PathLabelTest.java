package io.sockscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.Group;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status bar's file: the whole path where it fits, the home folder as "~" where that fits,
 * else the file name alone, and never a name cut with "…" (a live session's autosave path is
 * long).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PathLabelTest {
    private static final String HOME = System.getProperty("user.home");
    private static final Path FILE = Path.of(HOME, ".local/share/sockscope/sessions/20261203-202523-tcp-echo.sockscope");

    @Test
    void thePathGivesWayToItsNameWithoutBeingCut() throws Exception {
        String tilde = "~" + FILE.toString().substring(HOME.length());
        List<String> shown = WaitForAsyncUtils.asyncFx(() -> {
            PathLabel probe = label();
            double whole = probe.prefWidth(-1);
            double least = probe.minWidth(-1);
            Text t = new Text(tilde);
            t.setFont(probe.getFont());
            double withTilde = t.getLayoutBounds().getWidth() + probe.snappedLeftInset() + probe.snappedRightInset()
                    + probe.getLabelPadding().getLeft() + probe.getLabelPadding().getRight() + 2;
            return List.of(at(whole), at(withTilde), at(least + 5), at(40));
        }).get(10, TimeUnit.SECONDS);
        assertEquals(FILE.toString(), shown.get(0), "room for it all");
        assertEquals(tilde, shown.get(1), "room for it with ~");
        assertEquals("20261203-202523-tcp-echo.sockscope", shown.get(2), "room for less");
        assertEquals("20261203-202523-tcp-echo.sockscope", shown.get(3), "no room: the name keeps its width");
    }

    private static PathLabel label() {
        PathLabel label = new PathLabel();
        // styled as a theme may style it (AtlantaFX pads some labels); shown before the style applies
        label.setStyle("-fx-font-size: 15px; -fx-label-padding: 2 2 0 6;");
        new Scene(new Group(label));
        label.show(FILE, "none");
        label.applyCss();
        return label;
    }

    /** The text drawn when the label is given {@code w} pixels (never less than its least width). */
    private static String at(double w) {
        PathLabel label = label();
        label.resize(Math.max(label.minWidth(-1), w), label.prefHeight(-1));
        label.layout();
        Text text = (Text) label.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).findFirst().orElseThrow();
        assertEquals(label.getText(), text.getText(), "the label's text is drawn whole in " + w + " px");
        return label.getText();
    }
}
