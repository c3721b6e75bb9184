package io.sockscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PayloadTextTest {
    @Test
    void hexDumpShowsOffsetBytesAndAscii() {
        String dump = PayloadText.hex("hello\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals("0000  68 65 6c 6c 6f 0a" + " ".repeat(3 * 10 + 1) + "  |hello.|\n", dump);
    }

    @Test
    void hexDumpBreaksEverySixteenBytes() {
        String dump = PayloadText.hex(new byte[17]);
        assertEquals(2, dump.lines().count());
        assertEquals("0010  00", dump.lines().skip(1).findFirst().orElseThrow().substring(0, 8));
    }

    @Test
    void textMarksLineBreaksAndControlBytes() {
        assertEquals("GET / HTTP/1.0\\r\\n\n\\x00", PayloadText.text("GET / HTTP/1.0\r\n\0".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void textKeepsChinese() {
        assertEquals("你好", PayloadText.text("你好".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void previewIsOneLineAndCut() {
        assertEquals("ab\\ncd…", PayloadText.preview("ab\ncdefgh".getBytes(StandardCharsets.US_ASCII), 7));
    }
}
