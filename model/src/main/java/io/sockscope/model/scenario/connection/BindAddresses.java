package io.sockscope.model.scenario.connection;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.SocketId;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Listen;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.BaseScenario;
import io.sockscope.model.scenario.support.Calls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** bind-addresses: which clients reach a server bound to 127.0.0.1, 0.0.0.0, :: or ::1, and ports below 1024. */
final class BindAddresses extends BaseScenario {
    /** The highest privileged port: ports below 1024 need privilege. */
    static final int PRIVILEGED_PORT = 1023;

    BindAddresses() {
        super("bind-addresses",
                new Caption("Which address to bind", "绑定哪个地址"),
                new Caption(
                        "The address a server binds decides who can reach it. 127.0.0.1 is loopback only, and only that"
                                + " one loopback address; 0.0.0.0 is every IPv4 address of the machine; :: is every IPv6"
                                + " address and, while IPV6_V6ONLY is off (Linux's default, net.ipv6.bindv6only 0; Java has no"
                                + " setter for it), every IPv4 address too, as IPv4-mapped addresses (::ffff:127.0.0.1); ::1 is"
                                + " IPv6 loopback only. The 0.0.0.0 and :: servers here are reachable from other machines for a"
                                + " moment. Ports below 1024, not 1023, are privileged.",
                        "服务器绑定的地址决定了谁能连到它。127.0.0.1 只在回环上，而且只是这一个回环地址；0.0.0.0 是本机所有 IPv4 地址；"
                                + ":: 是所有 IPv6 地址，并且在 IPV6_V6ONLY 关闭时（Linux 默认，net.ipv6.bindv6only 为 0；Java 没有设置它的接口）"
                                + "也包括所有 IPv4 地址，以 IPv4 映射地址（::ffff:127.0.0.1）的形式出现；::1 只是 IPv6 回环。"
                                + "这里绑定 0.0.0.0 和 :: 的服务器会有片刻能被其他机器连到。1024 以下（不是 1023 以下）的端口是特权端口。"));
    }

    @Override
    public void run(ScenarioContext ctx) {
        Engine e = ctx.engine();
        List<SocketId> open = new ArrayList<>();

        ctx.step(new Caption(
                "A server binds 127.0.0.1. A client dialling 127.0.0.1 gets in; one dialling 127.0.0.2, another"
                        + " loopback address, is refused: nobody listens there on that port.",
                "服务器绑定 127.0.0.1。连 127.0.0.1 的客户端连上了；连 127.0.0.2（另一个回环地址）的客户端被拒绝：那里的这个端口没人监听。"));
        Bind one = server(ctx, Family.INET, "127.0.0.1:0", open);
        int port = Calls.port(one.local());
        admit(ctx, SocketId.of(one.socket()), Family.INET, "127.0.0.1:" + port, open);
        refuse(ctx, Family.INET, "127.0.0.2:" + port, open);

        ctx.step(new Caption(
                "A second server binds 0.0.0.0, every IPv4 address. Clients dialling 127.0.0.1 and 127.0.0.2 both get"
                        + " in; each accepted socket's local address is the one its client dialled.",
                "第二个服务器绑定 0.0.0.0，即所有 IPv4 地址。连 127.0.0.1 和连 127.0.0.2 的客户端都连上了；"
                        + "每个 accept 出来的套接字，本地地址就是它的客户端所连的那个地址。"));
        Bind any = server(ctx, Family.INET, "0.0.0.0:0", open);
        int anyPort = Calls.port(any.local());
        admit(ctx, SocketId.of(any.socket()), Family.INET, "127.0.0.1:" + anyPort, open);
        admit(ctx, SocketId.of(any.socket()), Family.INET, "127.0.0.2:" + anyPort, open);

        ctx.step(new Caption(
                "A third server binds :: with an IPv6 socket. An IPv6 client gets in, and so does an IPv4 client: the"
                        + " kernel hands it over as ::ffff:127.0.0.1 (Java shows it as plain 127.0.0.1).",
                "第三个服务器用 IPv6 套接字绑定 ::。IPv6 客户端连上了，IPv4 客户端也连上了：内核把它当作 ::ffff:127.0.0.1 交出来"
                        + "（Java 显示成普通的 127.0.0.1）。"));
        Bind dual = server(ctx, Family.INET6, "[::]:0", open);
        int dualPort = Calls.port(dual.local());
        admit(ctx, SocketId.of(dual.socket()), Family.INET6, "[::1]:" + dualPort, open);
        admit(ctx, SocketId.of(dual.socket()), Family.INET, "127.0.0.1:" + dualPort, open);

        ctx.step(new Caption(
                "A fourth server binds ::1, IPv6 loopback only. An IPv4 client dialling 127.0.0.1 on that port is"
                        + " refused.",
                "第四个服务器绑定 ::1，只在 IPv6 回环上。IPv4 客户端连 127.0.0.1 的同一个端口，被拒绝了。"));
        Bind v6 = server(ctx, Family.INET6, "[::1]:0", open);
        refuse(ctx, Family.INET, "127.0.0.1:" + Calls.port(v6.local()), open);

        ctx.step(new Caption(
                "A server binds port " + PRIVILEGED_PORT + ". Ports below 1024 are privileged: a normal user gets"
                        + " EACCES (permission denied); root, or a program with CAP_NET_BIND_SERVICE, may bind. The note"
                        + " says what this run got.",
                "一个服务器绑定 " + PRIVILEGED_PORT + " 端口。1024 以下的端口是特权端口：普通用户会得到 EACCES（权限不足）；"
                        + "root 或拥有 CAP_NET_BIND_SERVICE 的程序才能绑定。注释说明了这次运行的结果。"));
        SocketId low = e.openTcp(Family.INET, "server");
        open.add(low);
        Event got = ctx.await(e.bind(low, "127.0.0.1:" + PRIVILEGED_PORT));
        ctx.note(privilegedOutcome(got));

        ctx.step(new Caption(
                "Every socket closes.",
                "所有套接字都关闭。"));
        for (int i = open.size() - 1; i >= 0; i--) {
            Calls.expect(ctx, e.close(open.get(i)), Close.class);
        }
    }

    /** A listening server bound at {@code address}; its bind event (the socket and the address it got). */
    private static Bind server(ScenarioContext ctx, Family family, String address, List<SocketId> open) {
        Engine e = ctx.engine();
        SocketId s = e.openTcp(family, "server");
        open.add(s);
        Bind bound = Calls.expect(ctx, e.bind(s, address), Bind.class);
        Calls.expect(ctx, e.listen(s, 5), Listen.class);
        return bound;
    }

    private static void admit(ScenarioContext ctx, SocketId server, Family family, String to, List<SocketId> open) {
        Engine e = ctx.engine();
        SocketId c = e.openTcp(family, "client");
        open.add(c);
        Calls.expect(ctx, e.connect(c, to), Connect.class);
        open.add(SocketId.of(Calls.expect(ctx, e.accept(server), Accept.class).child()));
    }

    private static void refuse(ScenarioContext ctx, Family family, String to, List<SocketId> open) {
        Engine e = ctx.engine();
        SocketId c = e.openTcp(family, "client");
        open.add(c);
        Calls.expectFailure(ctx, e.connect(c, to), ErrorKind.REFUSED);
    }

    private static Caption privilegedOutcome(Event got) {
        String start = sysctl("/proc/sys/net/ipv4/ip_unprivileged_port_start");
        String tail = " (net.ipv4.ip_unprivileged_port_start = " + start + ")";
        String tailZh = "（net.ipv4.ip_unprivileged_port_start = " + start + "）";
        if (got instanceof Bind && lowered(start)) {
            return new Caption("This run bound port " + PRIVILEGED_PORT + ": this machine lowered the limit" + tail
                    + ", so any user may. With the usual 1024 a normal user gets EACCES.",
                    "这次运行绑定成功：本机调低了这个界限" + tailZh + "，所以任何用户都可以。按通常的 1024，普通用户会得到 EACCES。");
        }
        if (got instanceof Bind) {
            return new Caption("This run bound port " + PRIVILEGED_PORT + ": it runs as root or with CAP_NET_BIND_SERVICE"
                    + tail + ". A normal user would get EACCES.",
                    "这次运行绑定成功：它以 root 身份或带着 CAP_NET_BIND_SERVICE 运行" + tailZh + "。普通用户会得到 EACCES。");
        }
        if (got instanceof Failure f && f.kind() == ErrorKind.ADDRESS_IN_USE) {
            return new Caption("Port " + PRIVILEGED_PORT + " is already in use on this machine, so this run cannot show"
                    + " the permission check" + tail + ".",
                    PRIVILEGED_PORT + " 端口在本机已被占用，所以这次运行看不到权限检查" + tailZh + "。");
        }
        return new Caption("This run was refused: " + (got instanceof Failure f ? f.message() : got) + tail
                + ". Root, or CAP_NET_BIND_SERVICE, may bind it.",
                "这次运行被拒绝：" + (got instanceof Failure f ? f.message() : got) + tailZh + "。root 或 CAP_NET_BIND_SERVICE 才能绑定。");
    }

    private static boolean lowered(String start) {
        try {
            return Integer.parseInt(start) <= PRIVILEGED_PORT;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String sysctl(String path) {
        try {
            // a line read: the kernel answers a sysctl read of a 1-byte buffer (readAllBytes' first try) with "1"
            List<String> lines = Files.readAllLines(Path.of(path));
            return lines.isEmpty() ? "unknown" : lines.get(0).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
