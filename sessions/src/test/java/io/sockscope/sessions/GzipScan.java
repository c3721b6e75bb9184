package io.sockscope.sessions;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Splits a gzip file into its members by parsing it (RFC 1952): each header field by field,
 * the deflate data inflated to its end, the trailer's CRC and length checked. Independent of
 * the reader under test, so tests can say how many members a file has and what each holds.
 */
final class GzipScan {
    /** One member: where it starts in the file and the text it inflates to. */
    record Member(long fileOffset, byte[] text) {
    }

    private final byte[] b;
    private int pos;

    private GzipScan(byte[] b) {
        this.b = b;
    }

    static List<Member> members(byte[] file) throws DataFormatException {
        GzipScan s = new GzipScan(file);
        List<Member> out = new ArrayList<>();
        while (s.pos < file.length) {
            int start = s.pos;
            s.header();
            out.add(new Member(start, s.body()));
        }
        return out;
    }

    private void header() {
        expect(u8() == 0x1f && u8() == 0x8b, "gzip magic");
        expect(u8() == 8, "method deflate");
        int flags = u8();
        pos += 6; // time, extra flags, operating system
        if ((flags & 4) != 0) {
            int xlen = u8() | u8() << 8;
            pos += xlen;
        }
        for (int bit : new int[] {8, 16}) { // file name, comment: zero-terminated
            if ((flags & bit) != 0) {
                int c;
                do {
                    c = u8();
                } while (c != 0);
            }
        }
        if ((flags & 2) != 0) {
            pos += 2;
        }
    }

    private byte[] body() throws DataFormatException {
        Inflater inf = new Inflater(true);
        try {
            inf.setInput(b, pos, b.length - pos);
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            byte[] chunk = new byte[1 << 16];
            while (!inf.finished()) {
                int n = inf.inflate(chunk);
                expect(n > 0 || !inf.needsInput(), "member ends inside its deflate data");
                text.write(chunk, 0, n);
            }
            pos = b.length - inf.getRemaining();
            CRC32 crc = new CRC32();
            crc.update(text.toByteArray());
            expect(u32() == crc.getValue(), "member CRC");
            expect(u32() == (text.size() & 0xffffffffL), "member length");
            return text.toByteArray();
        } finally {
            inf.end();
        }
    }

    private int u8() {
        expect(pos < b.length, "data ends inside a member");
        return b[pos++] & 0xff;
    }

    private long u32() {
        return (u8() | u8() << 8 | u8() << 16 | (long) u8() << 24) & 0xffffffffL;
    }

    private static void expect(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("not a valid gzip file: " + what);
        }
    }
}
