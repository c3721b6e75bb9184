package io.sockscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Counts read as a person would write them: one socket, two sockets; Chinese has no plural. */
class PluralsTest {
    private final I18n en = new I18n(Language.EN);
    private final I18n zh = new I18n(Language.ZH);

    @Test
    void englishCountsTakeTheSingularForOne() {
        assertEquals("1 event · 1 socket · 0.5 s", en.t("status.counts", 1, 1, "0.5"));
        assertEquals("60 events · 9 sockets · 1.061 s", en.t("status.counts", 60, 9, "1.061"));
        assertEquals("12,000 events · 0 sockets · 2 s", en.t("status.counts", 12000, 0, "2"));
        assertEquals("1 ready of 1 key", en.t("summary.select", 1, 1));
        assertEquals("0 ready of 3 keys", en.t("summary.select", 0, 3));
        assertEquals("1 byte", en.t("inspector.payloadBytes", 1));
        assertEquals("100,000 bytes", en.t("inspector.payloadBytes", 100000));
    }

    @Test
    void chineseCountsAreTheSameForOneAndMany() {
        assertEquals("1 个事件 · 1 个套接字 · 0.5 秒", zh.t("status.counts", 1, 1, "0.5"));
        assertEquals("1 个键中 1 个就绪", zh.t("summary.select", 1, 1));
    }
}
