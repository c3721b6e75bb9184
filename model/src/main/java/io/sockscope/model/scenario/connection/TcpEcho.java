package io.sockscope.model.scenario.connection;

import io.sockscope.model.engine.SocketId;
import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.BaseScenario;
import io.sockscope.model.scenario.support.Calls;
import io.sockscope.model.scenario.support.KernelWaits;
import java.nio.charset.StandardCharsets;

/** tcp-echo: the whole life of one TCP connection, following the server and client pseudo-code call for call. */
final class TcpEcho extends BaseScenario {
    private static final byte[] HELLO = "hello".getBytes(StandardCharsets.US_ASCII);

    TcpEcho() {
        super("tcp-echo",
                new Caption("TCP echo: the life of one connection", "TCP 回显：一条连接的一生"),
                new Caption(
                        "The classic server and client, one call at a time. The server creates a socket, binds it to an"
                                + " address and listens; the client creates its own socket and connects; accept() gives the"
                                + " server a second, brand-new socket for this one conversation. The client sends a greeting,"
                                + " the server reads it and sends it straight back, then both sides close. Keep an eye on the"
                                + " listening socket: it never carries a byte, it only creates the socket that does.",
                        "经典的服务器和客户端，一次一个调用地走一遍：服务器创建套接字、绑定地址、开始监听；客户端创建自己的套接字并发起连接；"
                                + "accept() 为这一次会话交给服务器另一个全新的套接字。客户端发出一句问候，服务器读到后原样发回，最后双方各自关闭。"
                                + "请留意那个监听套接字：它从不收发任何字节，只负责生出真正传数据的套接字。"));
    }

    @Override
    public void run(ScenarioContext ctx) {
        Engine engine = ctx.engine();

        ctx.step(new Caption(
                "Server: socket() creates a TCP socket (AF_INET, SOCK_STREAM). The kernel hands back a file descriptor for it.",
                "服务器调用 socket() 创建一个 TCP 套接字（AF_INET、SOCK_STREAM），内核返回一个文件描述符来代表它。"));
        SocketId server = engine.openTcp(Family.INET, "server");

        ctx.step(new Caption(
                "Server: bind() gives the socket a local address. Port 0 lets the kernel pick a free port, so nothing else"
                        + " on this machine gets in the way.",
                "服务器调用 bind() 给套接字绑定本地地址。端口写 0，由内核挑一个空闲端口，不会和本机其他程序冲突。"));
        Bind bound = Calls.expect(ctx, engine.bind(server, "127.0.0.1:0"), Bind.class);

        ctx.step(new Caption(
                "Server: listen(5) makes it a listening socket. From now on the kernel answers connection requests for it"
                        + " and queues them until the program calls accept().",
                "服务器调用 listen(5)，它就成了监听套接字。从此内核替它应答连接请求，并把连接排进队列，等程序来 accept()。"));
        Calls.expect(ctx, engine.listen(server, 5), Listen.class);

        ctx.step(new Caption(
                "Client: socket() creates the client's own TCP socket. It has no address yet.",
                "客户端调用 socket() 创建自己的 TCP 套接字，这时它还没有地址。"));
        SocketId client = engine.openTcp(Family.INET, "client");

        ctx.step(new Caption(
                "Client: connect() to the server's address. The kernel does the three-way handshake and gives the client a"
                        + " temporary (ephemeral) port. The connection is up before the server has called accept().",
                "客户端调用 connect() 连向服务器的地址。内核完成三次握手，并给客户端分配一个临时端口。"
                        + "服务器还没调用 accept()，连接就已经建立了。"));
        Calls.expect(ctx, engine.connect(client, bound.local()), Connect.class);
        KernelWaits.awaitAcceptQueue(ctx, server, 1);

        ctx.step(new Caption(
                "Server: accept() takes the waiting connection and returns a new socket for it. The listening socket is"
                        + " unchanged and ready for the next client.",
                "服务器调用 accept() 取出排队的连接，并为它返回一个新的套接字。监听套接字原封不动，继续等下一个客户端。"));
        SocketId conn = SocketId.of(Calls.expect(ctx, engine.accept(server), Accept.class).child());

        ctx.step(new Caption(
                "Client: send() hands 5 bytes to the kernel, which puts them in the send buffer and transmits them.",
                "客户端调用 send() 把 5 个字节交给内核，内核放进发送缓冲区，再发送出去。"));
        Calls.expect(ctx, engine.send(client, HELLO), Send.class);

        ctx.step(new Caption(
                "Server: recv() on the accepted socket reads those 5 bytes out of its receive buffer.",
                "服务器在 accept() 得到的套接字上调用 recv()，从接收缓冲区里读出这 5 个字节。"));
        Recv got = Calls.expect(ctx, engine.recv(conn, 1024), Recv.class);

        ctx.step(new Caption(
                "Server: send() writes the same bytes back. That is the whole echo protocol.",
                "服务器调用 send() 把同样的字节发回去。回显协议就这么简单。"));
        Calls.expect(ctx, engine.send(conn, got.payload().bytes()), Send.class);

        ctx.step(new Caption(
                "Client: recv() reads the echo.",
                "客户端调用 recv()，读到了回显。"));
        Calls.expect(ctx, engine.recv(client, 1024), Recv.class);

        ctx.step(new Caption(
                "Client: close() ends its side. Its kernel sends a FIN: no more data will come from this end.",
                "客户端调用 close() 结束自己这一端。内核发出 FIN，表示这边不会再有数据了。"));
        Calls.expect(ctx, engine.close(client), Close.class);

        ctx.step(new Caption(
                "Server: recv() now reports end of stream. Java returns -1 for it; in C and Python recv() returns 0 bytes."
                        + " Either way the peer has finished.",
                "服务器再调用 recv()，得到“流结束”。Java 用 -1 表示；C 和 Python 的 recv() 则返回 0 字节。意思都是对方说完了。"));
        Recv eof = Calls.expect(ctx, engine.recv(conn, 1024), Recv.class);
        if (eof.done() != -1) {
            throw new IllegalStateException("expected end of stream, got " + eof);
        }

        ctx.step(new Caption(
                "Server: close() the accepted socket; its descriptor is released.",
                "服务器关闭 accept() 得到的套接字，释放它的文件描述符。"));
        Calls.expect(ctx, engine.close(conn), Close.class);

        ctx.step(new Caption(
                "Server: close() the listening socket. No new connection can arrive now.",
                "服务器关闭监听套接字，此后不会再有新连接进来。"));
        Calls.expect(ctx, engine.close(server), Close.class);
    }
}
