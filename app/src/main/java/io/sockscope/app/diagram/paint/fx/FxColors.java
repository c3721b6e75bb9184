package io.sockscope.app.diagram.paint.fx;

import io.sockscope.app.diagram.surface.Rgba;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.paint.Color;

/** The JavaFX side of the surface's colours: an {@link Rgba} as a JavaFX {@link Color} and back. */
public final class FxColors {
    private static final Map<Rgba, Color> CACHE = new ConcurrentHashMap<>();

    private FxColors() {
    }

    public static Color of(Rgba c) {
        return CACHE.computeIfAbsent(c, k -> new Color(k.red(), k.green(), k.blue(), k.opacity()));
    }

    public static Rgba of(Color c) {
        return new Rgba(c.getRed(), c.getGreen(), c.getBlue(), c.getOpacity());
    }
}
