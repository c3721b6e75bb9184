package io.sockscope.app.launch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EarlyToolkitTest {
    private static final Map<String, String> X11 = Map.of("DISPLAY", ":0");

    @Test
    void windowCommandsOnADisplayStartEarly() {
        assertTrue(EarlyToolkit.worthStarting(List.of(), X11));
        for (String command : List.of("open", "present", "run", "serve", "trace")) {
            assertTrue(EarlyToolkit.worthStarting(List.of(command, "x"), X11), command);
        }
        assertTrue(EarlyToolkit.worthStarting(List.of("open", "f"), Map.of("WAYLAND_DISPLAY", "wayland-0")));
    }

    @Test
    void otherCommandsHelpAndNoDisplayDoNot() {
        for (String command : List.of("info", "export", "record", "scenarios", "help")) {
            assertFalse(EarlyToolkit.worthStarting(List.of(command, "x"), X11), command);
        }
        assertFalse(EarlyToolkit.worthStarting(List.of("open", "--help"), X11));
        assertFalse(EarlyToolkit.worthStarting(List.of("--version"), X11));
        assertFalse(EarlyToolkit.worthStarting(List.of("open", "f"), Map.of()));
    }
}
