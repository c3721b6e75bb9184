package io.sockscope.app.diagram.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sockscope.app.diagram.paint.fx.FxColors;
import javafx.scene.paint.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The surface's colours derive exactly as JavaFX's do, so the window looks as it did. */
class RgbaTest {
    @ParameterizedTest
    @ValueSource(strings = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000", "#FFFFFF", "#46505A"})
    void darkerAndBrighterMatchJavaFx(String hex) {
        Rgba c = Rgba.web(hex);
        assertEquals(Color.web(hex), FxColors.of(c));
        assertEquals(Color.web(hex).darker(), FxColors.of(c.darker()));
        assertEquals(Color.web(hex).brighter(), FxColors.of(c.brighter()));
        assertEquals(Color.web(hex, 0.45), FxColors.of(c.withOpacity(0.45)));
    }

    @Test
    void hexWritesOpacityOnlyWhenNotOpaque() {
        assertEquals("#e69f00", Rgba.web("#E69F00").hex());
        assertEquals("#e69f0073", Rgba.web("#E69F00").withOpacity(0.45).hex());
    }

    @Test
    void channelsOutsideZeroToOneAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Rgba(1.2, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Rgba.web("E69F00"));
    }
}
