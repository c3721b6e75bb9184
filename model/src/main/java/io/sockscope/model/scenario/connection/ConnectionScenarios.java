package io.sockscope.model.scenario.connection;

import io.sockscope.model.scenario.Scenario;
import java.util.List;

/** Scenarios about connections: their lifecycle, servers, blocking, select, ends. */
public final class ConnectionScenarios {
    private static final List<Scenario> ALL = List.of(
            new TcpEcho(),
            new TcpStates(),
            new Descriptors(),
            new ManyClients(),
            new Backlog(),
            new ConnectRefused(),
            new NonblockingConnect(),
            new BlockingAccept(),
            new ThreadPerClient(),
            new SelectServer(),
            new Eof(),
            new HalfClose(),
            new Reset(),
            new TimeWait(),
            new Nagle(),
            new SilentPeer(),
            new Ipv6(),
            new BindAddresses());

    private ConnectionScenarios() {
    }

    /** The connection scenarios in teaching order. */
    public static List<Scenario> all() {
        return ALL;
    }
}
