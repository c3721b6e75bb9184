package io.sockscope.app.diagram.paint;

import static org.assertj.core.api.Assertions.assertThat;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.LayoutMode;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.diagram.surface.FontSpec;
import io.sockscope.app.diagram.surface.RecordingSurface;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Proto;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The owner group over the heads is named in the reader's language; a name it has no word for stays as recorded. */
class OwnerLabelTest {
    private static final List<Event> SESSION = List.of(
            new Open(0, 0, "s1", Proto.TCP, Family.INET, 3, "server"),
            new Open(1, 1, "s2", Proto.TCP, Family.INET, 4, "client-2"),
            new Open(2, 2, "s3", Proto.TCP, Family.INET, 5, "lab"));

    private static List<String> texts(Locale lang) {
        SessionFold fold = SessionFold.of(SESSION);
        RowAxis axis = new RowAxis(LayoutMode.STEPS).update(fold);
        ColumnLayout cols = new ColumnLayout(fold.columns());
        Viewport v = new Viewport(fold, axis, cols, Palette.light(), Math.max(cols.width(), 400),
                Viewport.HEAD + axis.height() + RowAxis.STEP, 1, 0, 0, null,
                new Viewport.Fonts(new FontSpec("Sans", 14, false), new FontSpec("Sans", 12.5, false),
                        new FontSpec("Sans", 13.5, true)));
        ResourceBundle b = ResourceBundle.getBundle("io.sockscope.app.ui.messages", lang,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        if (lang != Locale.ENGLISH) {
            v.texts(k -> b.containsKey(k) ? b.getString(k) : null);
        }
        RecordingSurface surface = new RecordingSurface(RecordingSurface.fixedMetrics());
        new HeadLayer().draw(surface, v);
        return surface.lines().stream().filter(l -> l.startsWith("text ")).toList();
    }

    @Test
    void chineseHeadsNameTheirGroupsInChinese() {
        List<String> zh = texts(Locale.CHINESE);
        assertThat(zh).anyMatch(l -> l.contains("服务端")).anyMatch(l -> l.contains("客户端-2")).anyMatch(l -> l.contains("LAB"));
        assertThat(zh).noneMatch(l -> l.contains("SERVER") || l.contains("CLIENT"));
    }

    @Test
    void englishHeadsKeepTheRecordedNamesInCapitals() {
        List<String> en = texts(Locale.ENGLISH);
        assertThat(en).anyMatch(l -> l.contains("SERVER")).anyMatch(l -> l.contains("CLIENT-2")).anyMatch(l -> l.contains("LAB"));
    }
}
