package io.sockscope.model.scenario.data;

import io.sockscope.model.scenario.Scenario;
import java.util.List;

/** Scenarios about data: byte streams, buffers, framing, datagrams, Unix sockets. */
public final class DataScenarios {
    private DataScenarios() {
    }

    /** In teaching order: streams and buffers, the four framings, datagrams, Unix sockets. */
    public static List<Scenario> all() {
        return List.of(
                new PartialSendScenario(),
                new ByteStreamScenario(),
                new FramingFixedScenario(),
                new FramingDelimitedScenario(),
                new FramingLengthPrefixScenario(),
                new FramingCloseScenario(),
                new UdpEchoScenario(),
                new UdpBoundariesScenario(),
                new UdpOverflowScenario(),
                new UnixStreamScenario());
    }
}
