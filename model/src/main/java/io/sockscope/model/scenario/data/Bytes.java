package io.sockscope.model.scenario.data;

import io.sockscope.model.event.Payload;
import io.sockscope.model.event.Recv;
import java.nio.charset.StandardCharsets;

/** Byte helpers the data scenarios share: text to bytes and back, captured payloads. */
final class Bytes {
    private Bytes() {
    }

    /** The bytes a recv moved, insisting they were captured in full. */
    static byte[] bytesOf(Recv recv) {
        return captured(recv.payload(), recv.socket());
    }

    static byte[] captured(Payload p, String socket) {
        if (p.cut()) {
            throw new IllegalStateException(socket + ": payload capture is off or capped ("
                    + p.kept() + " of " + p.length() + " bytes kept); this scenario needs the bytes");
        }
        return p.bytes();
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
