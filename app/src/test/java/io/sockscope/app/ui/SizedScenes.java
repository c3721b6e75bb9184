package io.sockscope.app.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import org.testfx.util.WaitForAsyncUtils;

/** Window contents laid out at a screen size of a test's choosing (the headless screen is smaller than 1920×1080). */
public final class SizedScenes {
    private SizedScenes() {
    }

    /**
     * Moves the root of {@code holder[0]} into a new scene of {@code width}×{@code height} with
     * the same stylesheets, keeps that scene in {@code holder[0]} and returns it.
     */
    public static Scene resize(Scene[] holder, int width, int height) throws Exception {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            Parent root = holder[0].getRoot();
            holder[0].setRoot(new javafx.scene.layout.Region());
            Scene sized = new Scene(root, width, height);
            sized.getStylesheets().setAll(holder[0].getStylesheets());
            holder[0] = sized;
            return sized;
        });
    }
}
