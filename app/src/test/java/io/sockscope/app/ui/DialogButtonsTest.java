package io.sockscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** OK and Cancel follow the language chosen in the window, not the one the JVM started with. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DialogButtonsTest {
    @Test
    void okAndCancelAreInTheWindowsLanguage() throws Exception {
        List<String> texts = WaitForAsyncUtils.asyncFx(() -> {
            DialogPane pane = new DialogPane();
            pane.getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            DialogButtons.localize(pane, new I18n(Language.ZH));
            return List.of(((Button) pane.lookupButton(ButtonType.OK)).getText(),
                    ((Button) pane.lookupButton(ButtonType.CANCEL)).getText());
        }).get(10, TimeUnit.SECONDS);
        assertEquals(List.of("确定", "取消"), texts);
    }
}
