package io.sockscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An inspector's value breaks into lines by words: a sentence holding a long Unix path (the
 * unix-stream sample's note) breaks inside the path only after its slashes, hyphens, dots and
 * underscores, never inside a name or a number, in English and Chinese, at every width.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ValueLabelTest {
    private static final String PATH = "/tmp/sockscope-unix-11635139579321409397/echo.sock";
    private static final List<String> TEXTS = List.of(PATH + ": the socket file exists.", PATH + "：套接字文件存在。",
            "服务器创建一个 Unix 域流式套接字（java.nio 不支持 Unix 数据报套接字），并把它绑定到新建临时目录中的一个路径",
            "Java's java.nio gives non-blocking calls that return at once.");

    @Test
    void linesBreakBetweenWordsAndInsideAPathOnlyAtItsSeparators() throws Exception {
        List<String> faults = WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new ArrayList<>();
            Font font = Font.font(Fonts.canvasFamily(Language.ZH), 13);
            Text measure = new Text();
            measure.setFont(font);
            for (String text : TEXTS) {
                for (double room = 100; room <= 420; room += 10) {
                    String broken = ValueLabel.lines(text, font, room);
                    String where = "\"" + text + "\" at " + room + " px: " + broken.replace("\n", " ⏎ ");
                    if (!broken.replace("\n", "").equals(text)) {
                        out.add(where + ": text lost or changed");
                    }
                    for (int i = broken.indexOf('\n'); i >= 0; i = broken.indexOf('\n', i + 1)) {
                        char before = broken.charAt(i - 1);
                        char after = broken.charAt(i + 1);
                        if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after) && before < 0x3000 && after < 0x3000) {
                            out.add(where + ": broken inside a word");
                        }
                        if ("，。：；！？）」』、".indexOf(after) >= 0) {
                            out.add(where + ": a line starts with closing punctuation");
                        }
                    }
                    for (String line : broken.split("\n")) {
                        measure.setText(line.stripTrailing()); // a space at a line's end takes no room
                        boolean oneWord = line.indexOf(' ') < 0 && !line.matches(".*[-._/\\u3000-\\u9fff].+");
                        if (measure.getLayoutBounds().getWidth() > room && !oneWord) {
                            out.add(where + ": \"" + line + "\" is wider than the room");
                        }
                    }
                    if (room >= 200 && text.startsWith("Java's") && !broken.contains("java.nio")) {
                        out.add(where + ": a word that fits a line was split");
                    }
                }
            }
            return out;
        }).get(30, TimeUnit.SECONDS);
        assertEquals(List.of(), faults.subList(0, Math.min(10, faults.size())), faults.size() + " faults");
    }
}
