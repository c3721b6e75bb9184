package io.sockscope.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A payload's length from its base64 text alone, padded or not, as decoding it would give. */
class Base64LengthTest {
    @Test
    void theLengthIsWhatDecodingGives() {
        Random random = new Random(5);
        for (int n = 0; n <= 300; n++) {
            byte[] b = new byte[n];
            random.nextBytes(b);
            for (Base64.Encoder enc : new Base64.Encoder[] {Base64.getEncoder(), Base64.getEncoder().withoutPadding()}) {
                char[] text = ("xx" + enc.encodeToString(b) + "yy").toCharArray();
                int len = text.length - 4;
                assertEquals(Base64.getDecoder().decode(new String(text, 2, len)).length,
                        StreamedValues.base64Length(text, 2, len), n + " bytes");
            }
        }
    }

    @Test
    void noBase64TextIsOneMoreThanAMultipleOfFour() {
        assertEquals(-1, StreamedValues.base64Length("AAAAA".toCharArray(), 0, 5));
        assertEquals(-1, StreamedValues.base64Length("A".toCharArray(), 0, 1));
    }
}
