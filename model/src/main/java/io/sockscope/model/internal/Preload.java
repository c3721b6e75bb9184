package io.sockscope.model.internal;

import io.sockscope.model.source.Stamp;
import io.sockscope.model.event.ConnectState;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.KeyState;
import io.sockscope.model.event.Ops;
import io.sockscope.model.event.Payload;
import io.sockscope.model.event.Proto;
import io.sockscope.model.event.QueueSource;
import io.sockscope.model.event.ShutdownHow;
import io.sockscope.model.kernel.KernelSockets;
import io.sockscope.model.kernel.SocketFigures;
import io.sockscope.model.probe.ProcNet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Loads the classes the engine's threads would otherwise load on first use. Loading a class
 * from a directory of class files opens the file, which takes the lowest free descriptor for
 * a moment; done by the probe or a worker between a user's close and next open, it would take
 * the number the user just freed. Done once per JVM, before the first engine opens a socket.
 */
final class Preload {
    private static final System.Logger LOG = System.getLogger(Preload.class.getName());
    private static volatile boolean done;

    private Preload() {
    }

    static void once() {
        if (done) {
            return;
        }
        synchronized (Preload.class) {
            if (done) {
                return;
            }
            List<Class<?>> all = new ArrayList<>(Arrays.asList(Event.class.getPermittedSubclasses()));
            all.addAll(List.of(ConnectState.class, ErrorKind.class, EventType.class, Family.class, KeyState.class,
                    Ops.class, Payload.class, Proto.class, QueueSource.class, ShutdownHow.class,
                    ProcNet.class, ProcNet.Row.class, ProcNet.Table.class, Addresses.class, Errors.class, Fds.class,
                    Stamp.class, Lane.class, Lane.Job.class, Lane.Worker.class, Threads.WorkerJob.class, Blocking.Attempt.class,
                    Calls.SockCall.class, Sel.class, Sock.class, ProbePace.class,
                    KernelSockets.class, KernelSockets.Kind.class, SocketFigures.class, KernelTruth.class, io.sockscope.model.kernel.TcpCounters.class,
                    io.sockscope.model.kernel.TcpProgress.class,
                    io.sockscope.model.event.TcpState.class));
            for (Class<?> c : all) {
                try {
                    Class.forName(c.getName(), true, c.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    LOG.log(System.Logger.Level.WARNING, "could not preload " + c.getName(), e);
                }
            }
            done = true;
        }
    }
}
