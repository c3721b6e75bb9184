package io.sockscope.model.scenario.data;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Queues;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.model.scenario.ScenarioRecording;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;

/** Test helpers for reading a recorded data scenario. */
final class Recorded {
    private Recorded() {
    }

    /** Ids of the sockets opened by {@code owner}, in order. */
    static List<String> opened(ScenarioRecording rec, String owner) {
        return rec.of(Open.class).stream().filter(o -> o.owner().equals(owner)).map(Open::socket)
                .collect(Collectors.toList());
    }

    /** Ids of the sockets spawned by accept, in order. */
    static List<String> accepted(ScenarioRecording rec) {
        return rec.of(Accept.class).stream().map(Accept::child).collect(Collectors.toList());
    }

    static int sentBytes(ScenarioRecording rec, String socket) {
        return rec.of(Send.class, socket).stream().mapToInt(Send::done).sum();
    }

    /** Bytes read by the recvs on {@code socket} (end of stream counts 0). */
    static int readBytes(ScenarioRecording rec, String socket) {
        return rec.of(Recv.class, socket).stream().mapToInt(r -> Math.max(r.done(), 0)).sum();
    }

    /** The bytes all recvs on {@code socket} returned, concatenated. */
    static byte[] readStream(ScenarioRecording rec, String socket) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rec.of(Recv.class, socket).forEach(r -> out.writeBytes(r.payload().bytes()));
        return out.toByteArray();
    }

    /** The done counts of the recvs on {@code socket}. */
    static List<Integer> recvSizes(ScenarioRecording rec, String socket) {
        return rec.of(Recv.class, socket).stream().map(Recv::done).collect(Collectors.toList());
    }

    /** Index (in all events) of the queue sample on {@code socket} with the largest value of {@code recvSide ? recvQ : sendQ}. */
    static Queues peak(ScenarioRecording rec, String socket, boolean recvSide) {
        return rec.of(Queues.class, socket).stream()
                .max((a, b) -> Integer.compare(recvSide ? a.recvQ() : a.sendQ(), recvSide ? b.recvQ() : b.sendQ()))
                .orElseThrow(() -> new AssertionError("no queue samples for " + socket));
    }
}
