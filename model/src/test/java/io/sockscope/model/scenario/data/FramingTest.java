package io.sockscope.model.scenario.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The framing codecs alone, no sockets. */
class FramingTest {
    private static final List<String> TRICKY = List.of("", "a\\b", "\n\n", "x\\n", "line\nbreak");

    @Test
    void fixedPadsToTheSlotAndRefusesLongerMessages() {
        assertArrayEquals(new byte[] {'h', 'i', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, Framing.fixed("hi"));
        assertThrows(IllegalArgumentException.class, () -> Framing.fixed("seventeen bytes!!"));
    }

    @Test
    void fixedDecoderRecoversMessagesFedOneByteAtATime() {
        assertEquals(Framing.MESSAGES, byteByByte(new Framing.FixedDecoder(), concat(Framing.MESSAGES, true)));
    }

    @Test
    void delimitedEscapesNewlineAndBackslash() {
        assertEquals("two\\nlines\n", new String(Framing.delimited("two\nlines"), StandardCharsets.UTF_8));
        assertEquals("a\\\\b\n", new String(Framing.delimited("a\\b"), StandardCharsets.UTF_8));
    }

    @Test
    void delimitedDecoderRecoversTrickyMessagesSplitAnywhere() {
        assertEquals(TRICKY, byteByByte(new Framing.DelimitedDecoder(), concat(TRICKY, false)));
        assertEquals(TRICKY, new Framing.DelimitedDecoder().feed(concat(TRICKY, false)));
    }

    @Test
    void lengthPrefixIsFourBytesBigEndian() {
        byte[] frame = Framing.lengthPrefixed("sensor 7: 21.5 C");
        assertArrayEquals(new byte[] {0, 0, 0, 16}, java.util.Arrays.copyOf(frame, 4));
        assertEquals(20, frame.length);
        assertEquals(258, Framing.length(new byte[] {0, 0, 1, 2}));
        assertEquals(0xFFFF_FFFFL, Framing.length(new byte[] {-1, -1, -1, -1}), "unsigned: 4 GiB - 1, not -1");
    }

    @Test
    void showQuotesMessagesAndMakesNewlinesVisible() {
        assertEquals("[1] \"hi\"  [2] \"two\\nlines\"", Framing.show(List.of("hi", "two\nlines")));
    }

    private static byte[] concat(List<String> messages, boolean fixed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        messages.forEach(m -> out.writeBytes(fixed ? Framing.fixed(m) : Framing.delimited(m)));
        return out.toByteArray();
    }

    private static List<String> byteByByte(Framing.Decoder decoder, byte[] stream) {
        List<String> out = new ArrayList<>();
        for (byte b : stream) {
            out.addAll(decoder.feed(new byte[] {b}));
        }
        return out;
    }
}
