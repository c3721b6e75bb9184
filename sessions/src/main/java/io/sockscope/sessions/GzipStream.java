package io.sockscope.sessions;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * The uncompressed bytes of a gzip file (RFC 1952), member after member, checking each member's
 * CRC and length. Unlike {@link java.util.zip.GZIPInputStream}, which stops silently at bytes
 * that follow the compressed data, this reports them ({@link TrailingBytesException}): a session
 * file with something appended is damaged, not complete.
 *
 * <p>It may start at any member of a file, and it notes where each member it enters begins
 * ({@link #memberHolding(long)}), so that a seek index can later start inflating there.
 */
final class GzipStream extends InputStream {
    /** Bytes follow the last complete gzip member. */
    static final class TrailingBytesException extends ZipException {
        private static final long serialVersionUID = 1L;

        TrailingBytesException(long offset) {
            super("the file goes on after the end of its compressed data (at byte " + offset + ")");
        }
    }

    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    private static final int RESERVED = 0xe0;

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private final MemberStarts members = new MemberStarts();
    /** Uncompressed bytes handed out, counted from the start of the file. */
    private long produced;
    private int pos;
    private int lim;
    private long consumedBefore;
    private boolean ended;

    /** Reads the member that starts {@code in}; {@code start} says where that member is in the file. */
    GzipStream(InputStream in, GzipMember start) throws IOException {
        this.in = in;
        this.consumedBefore = start.fileOffset();
        this.produced = start.textOffset();
        members.add(start);
        readHeader();
    }

    /**
     * The member that holds uncompressed offset {@code textOffset}, among those this stream
     * entered; offsets asked must not go backwards (see {@link MemberStarts}).
     */
    GzipMember memberHolding(long textOffset) {
        return members.holding(textOffset);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!ended) {
            if (inflater.needsInput()) {
                if (pos == lim && !fill()) {
                    throw new EOFException("compressed data ends early");
                }
                inflater.setInput(buf, pos, lim - pos);
                pos = lim;
            }
            int n;
            try {
                n = inflater.inflate(b, off, len);
            } catch (DataFormatException e) {
                throw new ZipException("the compressed data is invalid (" + e.getMessage() + ")");
            }
            if (n > 0) {
                crc.update(b, off, n);
                produced += n;
                return n;
            }
            if (inflater.finished()) {
                pos = lim - inflater.getRemaining();
                endMember();
            } else if (inflater.needsDictionary()) {
                throw new ZipException("the compressed data asks for a preset dictionary, which gzip never uses");
            }
        }
        return -1;
    }

    private void endMember() throws IOException {
        long storedCrc = readInt();
        long storedSize = readInt();
        if (storedCrc != crc.getValue()) {
            throw new ZipException("the checksum of the compressed data does not match (the data is damaged)");
        }
        if (storedSize != (inflater.getBytesWritten() & 0xffffffffL)) {
            throw new ZipException("the length stored after the compressed data does not match (the data is damaged)");
        }
        if (pos == lim && !fill()) {
            ended = true;
            return;
        }
        if ((buf[pos] & 0xff) != 0x1f) {
            throw new TrailingBytesException(consumedBefore + pos);
        }
        long at = consumedBefore + pos;
        int magic = readByte() | readByte() << 8;
        if (magic != 0x8b1f) {
            throw new TrailingBytesException(at);
        }
        inflater.reset();
        crc.reset();
        readHeaderAfterMagic();
        members.add(new GzipMember(at, produced));
    }

    private void readHeader() throws IOException {
        if (readByte() != 0x1f || readByte() != 0x8b) {
            throw new ZipException("not in gzip format");
        }
        readHeaderAfterMagic();
    }

    private void readHeaderAfterMagic() throws IOException {
        int method = readByte();
        if (method != 8) {
            throw new ZipException("unsupported compression method " + method + " (gzip uses 8, deflate)");
        }
        int flags = readByte();
        if ((flags & RESERVED) != 0) {
            throw new ZipException("the gzip header has reserved flags set (the data is damaged)");
        }
        for (int i = 0; i < 6; i++) {
            readByte(); // modification time, extra flags, operating system
        }
        if ((flags & FEXTRA) != 0) {
            int xlen = readByte() | readByte() << 8;
            for (int i = 0; i < xlen; i++) {
                readByte();
            }
        }
        if ((flags & FNAME) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FCOMMENT) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FHCRC) != 0) {
            readByte();
            readByte();
        }
    }

    private void skipZeroTerminated() throws IOException {
        while (readByte() != 0) {
            // a file name or comment, not needed
        }
    }

    private long readInt() throws IOException {
        return (readByte() | readByte() << 8 | readByte() << 16 | (long) readByte() << 24) & 0xffffffffL;
    }

    private int readByte() throws IOException {
        if (pos == lim && !fill()) {
            throw new EOFException("compressed data ends early");
        }
        return buf[pos++] & 0xff;
    }

    private boolean fill() throws IOException {
        consumedBefore += lim;
        pos = 0;
        lim = 0;
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        lim = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        in.close();
    }
}
