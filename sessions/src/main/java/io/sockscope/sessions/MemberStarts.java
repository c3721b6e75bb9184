package io.sockscope.sessions;

import java.util.ArrayDeque;

/**
 * The gzip members a {@link GzipStream} entered lately, so that a reader can name the member
 * holding a line it has just handed out (the stream runs ahead of the lines). Callers ask for
 * offsets that never go backwards, which lets the members before the answer be forgotten. At
 * most {@value #MAX} are kept: a file made of many tiny members makes the oldest ones fall off,
 * and an offset in a forgotten member is answered with the first member, which is always
 * correct, only slower to seek from.
 */
final class MemberStarts {
    static final int MAX = 1024;

    private final ArrayDeque<GzipMember> starts = new ArrayDeque<>();

    void add(GzipMember member) {
        if (starts.size() == MAX) {
            starts.removeFirst();
        }
        starts.addLast(member);
    }

    /** The last member known to start at or before {@code textOffset}. */
    GzipMember holding(long textOffset) {
        GzipMember head = starts.peekFirst();
        if (head == null || head.textOffset() > textOffset) {
            return GzipMember.FIRST;
        }
        while (true) {
            GzipMember candidate = starts.removeFirst();
            GzipMember next = starts.peekFirst();
            if (next == null || next.textOffset() > textOffset) {
                starts.addFirst(candidate);
                return candidate;
            }
        }
    }
}
