package io.sockscope.sessions;

import static io.sockscope.sessions.Files2.HEADER;
import static io.sockscope.sessions.Files2.OPEN0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sockscope.model.event.QueueSource;
import io.sockscope.model.event.Queues;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fields added after files were first written: an older line without them still reads. */
class AddedFieldsTest {
    @TempDir
    Path dir;

    @Test
    void queuesWithoutDropsReadsAsNotCounted() throws Exception {
        Path file = Files2.lines(dir.resolve("old.sockscope"), HEADER, OPEN0,
                "{\"seq\":1,\"t\":5,\"type\":\"queues\",\"socket\":\"s1\",\"sendQ\":0,\"recvQ\":3,\"acceptQ\":-1,"
                        + "\"backlog\":-1,\"sndBuf\":-1,\"rcvBuf\":-1,\"source\":\"kernel\"}");
        Queues q = (Queues) Sessions.readAll(file).events().get(1);
        assertEquals(-1, q.drops());
        assertEquals(3, q.recvQ());
        assertEquals(QueueSource.KERNEL, q.source());
    }

    @Test
    void anyOtherMissingFieldIsStillAnError() throws Exception {
        Path file = Files2.lines(dir.resolve("bad.sockscope"), HEADER, OPEN0,
                "{\"seq\":1,\"t\":5,\"type\":\"queues\",\"socket\":\"s1\",\"sendQ\":0,\"acceptQ\":-1,"
                        + "\"backlog\":-1,\"sndBuf\":-1,\"rcvBuf\":-1,\"source\":\"kernel\",\"drops\":0}");
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> Sessions.readAll(file));
        assertEquals("queues event: missing field \"recvQ\"", e.reason());
    }
}
