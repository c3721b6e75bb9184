package io.sockscope.app.diagram.layout.text;

import io.sockscope.app.diagram.layout.Words;
import io.sockscope.app.diagram.layout.DataArrow;

/** The label of a data arrow in the reader's language: {@code bytes 0–99 “hello”}, {@code 12 B}, {@code … unread}. */
public final class ArrowText {
    private ArrowText() {
    }

    public static String of(DataArrow a, Words w) {
        String range;
        if (a.datagram()) {
            range = a.lost() ? w.get("canvas.lostBytes", "lost {0} B", a.length()) : a.length() + " B";
        } else {
            range = a.length() == 1 ? w.get("canvas.byte", "byte {0}", a.from())
                    : w.get("canvas.bytes", "bytes {0}–{1}", a.from(), a.to() - 1);
        }
        return a.preview().isEmpty() ? range : range + "  " + a.preview();
    }

    /** The label of bytes sent and not read yet (by the end of the session or of the view). */
    public static String unread(DataArrow a, Words w) {
        return unread(a, w, false);
    }

    /**
     * The label of bytes no recv took: "unread", or, sent to an outside program (whose reads
     * happen in its own process), that they went out and its reads are not seen.
     */
    public static String unread(DataArrow a, Words w, boolean toOutside) {
        String range = a.length() == 1 ? w.get("canvas.byte", "byte {0}", a.from())
                : w.get("canvas.bytes", "bytes {0}–{1}", a.from(), a.to() - 1);
        String text = toOutside ? w.get("canvas.toOutside", "{0} sent out (its reads are not seen)", range)
                : w.get("canvas.unread", "{0} unread", range);
        return a.preview().isEmpty() ? text : text + "  " + a.preview();
    }
}
