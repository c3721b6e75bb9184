package io.sockscope.app.diagram;

import io.sockscope.app.diagram.layout.Script;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.KeyState;
import io.sockscope.model.event.ShutdownHow;
import java.util.List;

/** Hand-built sessions that exercise every kind of drawing, for snapshots and UI tests. */
public final class DemoSessions {
    private DemoSessions() {
    }

    /** A TCP echo with merge and split, a blocked accept, queues, half-close, EOF and a reset. */
    public static List<Event> tcp() {
        return new Script()
                .note("Server: socket, bind, listen", 1)
                .tcp("s1", 5, "server").bind("s1", "127.0.0.1:5000").listen("s1", 4)
                .acceptQueue("s1", 0, 4)
                .block("s1", "accept", "acceptor")
                .note("Client connects; accept returns a new socket", 2)
                .tcp("s2", 6, "client").connect("s2", "127.0.0.1:39122", "127.0.0.1:5000")
                .acceptQueue("s1", 1, 4)
                .wake("s1", "accept", "acceptor")
                .accept("s1", "s3", 7, "127.0.0.1:5000", "127.0.0.1:39122")
                .acceptQueue("s1", 0, 4)
                .note("Two sends, one recv: the bytes merge", 3)
                .send("s2", "hello ").queues("s2", 6, 0, 16384, 131072)
                .send("s2", "world\n").queues("s3", 0, 12, 16384, 131072)
                .recv("s3", 1024, 12).queues("s3", 0, 0, 16384, 131072)
                .note("One send, two recvs: the bytes split", 4)
                .send("s3", 300, 300).queues("s2", 0, 300, 16384, 131072)
                .recv("s2", 100, 100).queues("s2", 0, 200, 16384, 131072)
                .idle(1200)
                .recv("s2", 1024, 200).queues("s2", 0, 0, 16384, 131072)
                .send("s3", 20000, 9000).queues("s3", 9000, 0, 9216, 131072)
                .note("Half-close, EOF and a reset", 5)
                .shutdown("s2", ShutdownHow.WRITE)
                .recv("s3", 1024, -1)
                .close("s3", true)
                .fail("s2", "recv", ErrorKind.RESET)
                .close("s2", false)
                .tcp("s4", 8, "client").fail("s4", "connect", ErrorKind.REFUSED).close("s4", false)
                .events();
    }

    /** A select server with two clients, plus UDP datagrams of which some are lost. */
    public static List<Event> selectAndUdp() {
        return new Script()
                .tcp("s1", 5, "server").bind("s1", "127.0.0.1:5000").listen("s1", 50)
                .selector("s2", 6, "server").register("s1", "s2", "A")
                .tcp("s3", 7, "client").connect("s3", "127.0.0.1:40001", "127.0.0.1:5000")
                .select("s2", 1, new KeyState("s1", "A", "A"))
                .accept("s1", "s4", 8, "127.0.0.1:5000", "127.0.0.1:40001").register("s4", "s2", "R")
                .send("s3", "ping")
                .select("s2", 1, new KeyState("s1", "A", ""), new KeyState("s4", "R", "R"))
                .recv("s4", 64, 4).fail("s4", "recv", ErrorKind.WOULD_BLOCK)
                .udp("s5", 9, "receiver").bind("s5", "127.0.0.1:6000").option("s5", "SO_RCVBUF", "1024", "2304", "4608")
                .udp("s6", 10, "sender").bind("s6", "127.0.0.1:41000")
                .sendTo("s6", "127.0.0.1:6000", "datagram 1").sendTo("s6", "127.0.0.1:6000", "datagram 2")
                .sendTo("s6", "127.0.0.1:6000", "datagram 3")
                .recvFrom("s5", "127.0.0.1:41000", 64, "datagram 1")
                .recvFrom("s5", "127.0.0.1:41000", 64, "datagram 3")
                .sendTo("s6", "127.0.0.1:6000", "datagram 4")
                .fail("s5", "recvfrom", ErrorKind.WOULD_BLOCK)
                .events();
    }
}
