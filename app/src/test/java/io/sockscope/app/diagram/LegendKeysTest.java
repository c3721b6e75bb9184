package io.sockscope.app.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import io.sockscope.app.diagram.paint.Palette;
import io.sockscope.app.diagram.paint.fx.Legend;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The legend asks for exactly the keys it publishes, and has an English text for each. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LegendKeysTest {
    @Start
    void start(Stage stage) {
        // no window needed: the legend is built on the FX thread below
    }

    @Test
    void legendAsksForItsPublishedKeysAndKnowsEnglishForEach() throws Exception {
        List<String> asked = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> Legend.create(Palette.light(), key -> {
            asked.add(key);
            return key;
        })).get(10, TimeUnit.SECONDS);
        assertThat(asked).containsExactlyElementsOf(Legend.KEYS);
        for (String key : Legend.KEYS) {
            assertThat(Legend.english(key)).as(key).isNotEqualTo(key);
        }
    }
}
