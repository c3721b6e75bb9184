package io.sockscope.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The SVG body is written as UTF-8 bytes directly: the same bytes as the text encoded by Java's own UTF-8 encoder. */
class SvgTextTest {
    @Test
    void textOfEveryKindComesOutAsJavaEncodesIt() throws IOException {
        String[] texts = {"bytes 0–99 “hello”", "客户端连续发送了五次", "a <b> & \"c\"", "emoji \uD83D\uDE00 ok",
            "lone high \uD800 then text", "lone low \uDC00", "ends high \uD83D", "tab\tand\u0001control\uFFFE\uFFFF"};
        SvgText t = new SvgText();
        StringBuilder expected = new StringBuilder();
        for (String s : texts) {
            t.append("<text>").escaped(s).append("</text>\n");
            expected.append("<text>").append(escape(s)).append("</text>\n");
            t.append(s).append('\n');
            expected.append(s).append('\n');
        }
        assertThat(bytes(t)).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void numbersHaveAtMostTwoDecimalsAndNoTrailingZeros() throws IOException {
        Random r = new Random(7);
        SvgText t = new SvgText();
        StringBuilder expected = new StringBuilder();
        double[] fixed = {0, -0.0, 0.004, -0.005, 0.05, -0.05, 2.5, 3, 7, 100, 65536, -3, 99.999, -1234.567, 2147483647.0,
            2147483648.0, 1e12, Double.NaN};
        for (double v : fixed) {
            t.num(v).append(' ');
            expected.append(SvgSurface.n(v)).append(' ');
        }
        for (int i = 0; i < 200_000; i++) { // across many chunks
            double v = (r.nextDouble() - 0.3) * Math.pow(10, r.nextInt(7));
            t.num(v).append(',').append((long) i).append(' ');
            expected.append(SvgSurface.n(v)).append(',').append(i).append(' ');
        }
        assertThat(new String(bytes(t), StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    @Test
    void aTextLongerThanAChunkIsKeptWhole() throws IOException {
        String big = "字".repeat(70_000) + "x";
        SvgText t = new SvgText().append("a").escaped(big).append("b");
        assertThat(new String(bytes(t), StandardCharsets.UTF_8)).isEqualTo("a" + big + "b");
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if ((c >= 0x20 || c == '\t') && c != 0xFFFE && c != 0xFFFF) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static byte[] bytes(SvgText t) throws IOException {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        t.writeTo(o);
        return o.toByteArray();
    }
}
