package io.sockscope.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MemberStartsTest {
    @Test
    void namesTheLastMemberStartingAtOrBeforeTheOffset() {
        MemberStarts s = new MemberStarts();
        s.add(GzipMember.FIRST);
        s.add(new GzipMember(100, 1000));
        s.add(new GzipMember(180, 2000));

        assertEquals(GzipMember.FIRST, s.holding(999));
        assertEquals(new GzipMember(100, 1000), s.holding(1000));
        assertEquals(new GzipMember(100, 1000), s.holding(1999));
        assertEquals(new GzipMember(180, 2000), s.holding(5000));
    }

    @Test
    void anEmptyMemberGivesWayToTheOneAfterIt() {
        MemberStarts s = new MemberStarts();
        s.add(GzipMember.FIRST);
        s.add(new GzipMember(50, 400)); // holds no text
        s.add(new GzipMember(70, 400));

        assertEquals(new GzipMember(70, 400), s.holding(400));
    }

    @Test
    void anOffsetInAForgottenMemberIsAnsweredWithTheFileStart() {
        MemberStarts s = new MemberStarts();
        s.add(new GzipMember(5000, 40_000)); // a stream that began in the middle of the file
        assertEquals(GzipMember.FIRST, s.holding(39_999));

        for (int i = 1; i <= MemberStarts.MAX + 10; i++) {
            s.add(new GzipMember(5000 + i * 20L, 40_000 + i * 100L));
        }
        // the first 11 have fallen off: offsets inside them go back to the start of the file
        assertEquals(GzipMember.FIRST, s.holding(40_000 + 1050));
        assertEquals(new GzipMember(5000 + 11 * 20L, 40_000 + 1100), s.holding(40_000 + 1150));
        assertEquals(new GzipMember(5000 + (MemberStarts.MAX + 10) * 20L, 40_000 + (MemberStarts.MAX + 10) * 100L),
                s.holding(Long.MAX_VALUE));
    }
}
