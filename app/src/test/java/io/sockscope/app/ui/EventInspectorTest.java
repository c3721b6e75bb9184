package io.sockscope.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.sockscope.model.event.QueueSource;
import io.sockscope.model.event.Queues;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The event inspector writes a queue figure that does not apply to the socket as a dash, never as -1. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class EventInspectorTest {
    @Test
    void figuresThatDoNotApplyShowAsADash() throws Exception {
        Queues tcp = new Queues(24, 140_207_000L, "s2", 2048, 0, -1, -1, 8192, 131_072, QueueSource.EXACT, -1);
        List<String> texts = WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new ArrayList<>();
            collect(new EventInspector(tcp, new I18n(Language.EN)), out);
            return out;
        }).get(10, TimeUnit.SECONDS);
        assertThat(texts).doesNotContain("-1").contains("2048", "131072", "—");
        assertThat(texts.stream().filter("—"::equals).count()).as("accept queue, backlog, drops").isEqualTo(3);
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }
}
