package io.sockscope.sessions;

/**
 * Where a gzip member begins: at byte {@code fileOffset} of the compressed file, holding the
 * uncompressed text from {@code textOffset} on. Inflating can start at any member, never in
 * the middle of one.
 */
record GzipMember(long fileOffset, long textOffset) {
    /** The first member; also the answer for a plain file, which has no members. */
    static final GzipMember FIRST = new GzipMember(0, 0);
}
