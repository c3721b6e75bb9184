package io.sockscope.model.event;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * The bytes a send or recv carried, kept up to a cap. {@link #length()} is how many bytes
 * the call really moved; the stored bytes may be fewer ({@link #cut()}).
 */
public final class Payload {
    /** Payload capture was off, or the call moved no bytes. */
    public static final Payload NONE = new Payload(new byte[0], 0);

    private final byte[] bytes;
    private final int length;

    private Payload(byte[] bytes, int length) {
        this.bytes = bytes;
        this.length = length;
    }

    /** Keeps at most {@code cap} of {@code src[off, off+len)}. */
    public static Payload capture(byte[] src, int off, int len, int cap) {
        if (len <= 0 || cap <= 0) {
            return len <= 0 ? NONE : new Payload(new byte[0], len);
        }
        return new Payload(Arrays.copyOfRange(src, off, off + Math.min(len, cap)), len);
    }

    /** A payload read back from storage: {@code kept} are the stored bytes of a {@code length}-byte transfer. */
    public static Payload of(byte[] kept, int length) {
        Objects.requireNonNull(kept, "kept");
        if (length < kept.length) {
            throw new IllegalArgumentException("length " + length + " < stored " + kept.length);
        }
        return kept.length == 0 && length == 0 ? NONE : new Payload(kept.clone(), length);
    }

    /** A copy of the stored bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Number of stored bytes. */
    public int kept() {
        return bytes.length;
    }

    /** Bytes the call moved. */
    public int length() {
        return length;
    }

    /** True when fewer bytes are stored than were moved. */
    public boolean cut() {
        return bytes.length < length;
    }

    /** This payload cut to at most {@code cap} stored bytes. */
    public Payload capped(int cap) {
        return bytes.length <= cap ? this : new Payload(Arrays.copyOf(bytes, Math.max(cap, 0)), length);
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Payload p && p.length == length && Arrays.equals(p.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + length;
    }

    @Override
    public String toString() {
        return "Payload[" + bytes.length + "/" + length + " bytes]";
    }
}
