package io.sockscope.model.scenario.data;

import io.sockscope.model.event.Payload;
import io.sockscope.model.event.Recv;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.Calls;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Byte helpers the data scenarios share: text to bytes and back, captured payloads, piecewise reads. */
final class Bytes {
    private Bytes() {
    }

    /**
     * Reads {@code total} queued bytes in recvs of at most {@code piece} bytes, feeding each to
     * {@code decoder}; returns the messages recovered.
     */
    static List<String> readInPieces(ScenarioContext ctx, String socket, int total, int piece,
                                     Framing.Decoder decoder) {
        List<String> messages = new ArrayList<>();
        int read = 0;
        while (read < total) {
            Recv r = Calls.recvSome(ctx, socket, Math.min(piece, total - read));
            read += r.done();
            messages.addAll(decoder.feed(bytesOf(r)));
        }
        return messages;
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
