package io.sockscope.model.scenario.data;

import io.sockscope.model.engine.SocketId;
import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.Listen;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.BaseScenario;
import io.sockscope.model.scenario.support.Calls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A Unix domain stream socket: a file path instead of an address and port. */
final class UnixStreamScenario extends BaseScenario {
    static final String FILE_NAME = "echo.sock";
    static final String REQUEST = "hello through a file";
    static final int MAX = 1024;

    UnixStreamScenario() {
        super("unix-stream",
                new Caption("Unix domain stream socket", "Unix 域流式套接字"),
                new Caption("Two sockets on the same machine talk through a path in the filesystem instead of an "
                        + "IP address and port. bind() creates a socket file; the client connects by naming that "
                        + "path; after that, send() and recv() work as over TCP, without the network stack. "
                        + "The kernel does not remove the socket file on close (a later bind() to the path would "
                        + "fail), so Sockscope deletes it when the server socket closes. The kernel does keep Unix socket queues: ioctl SIOCINQ "
                        + "reads them from the descriptor (and ss -x shows them), so the figures here are the kernel's, "
                        + "except the listener's accept queue, which Sockscope counts. java.nio offers Unix stream sockets only, no "
                        + "Unix datagram sockets.",
                        "同一台机器上的两个套接字通过文件系统中的一个路径通信，而不是 IP 地址加端口。bind() 会创建一个套接字文件；"
                        + "客户端通过这个路径发起连接；之后 send() 和 recv() 的用法与 TCP 相同，但不经过网络协议栈。"
                        + "内核在关闭套接字时不会删除它的文件（之后再 bind() 到这个路径会失败），所以 Sockscope 在服务器套接字关闭时把文件删掉。"
                        + "内核同样维护 Unix 套接字的队列：ioctl SIOCINQ 可以从描述符读到（ss -x 也能显示），所以这里的队列数字来自内核，"
                        + "只有监听套接字的全连接队列是 Sockscope 自己数的。"
                        + "java.nio 只支持 Unix 流式套接字，不支持 Unix 数据报套接字。"));
    }

    @Override
    public void run(ScenarioContext ctx) throws IOException {
        Path dir = Files.createTempDirectory("sockscope-unix-");
        Path file = dir.resolve(FILE_NAME);
        try {
            talk(ctx, file);
        } finally {
            if (!Files.exists(file)) { // a file left behind stays for the caller (and the test) to see
                Files.delete(dir);
            }
        }
    }

    private static void talk(ScenarioContext ctx, Path file) {
        Engine e = ctx.engine();
        String path = file.toString();
        ctx.step(new Caption(
                "The server opens a Unix domain stream socket (java.nio has no Unix datagram sockets) and binds "
                        + "it to a path in a fresh temporary directory: bind() creates a socket file there.",
                "服务器创建一个 Unix 域流式套接字（java.nio 不支持 Unix 数据报套接字），并把它绑定到新建临时目录中的"
                        + "一个路径：bind() 在那里创建了一个套接字文件。"));
        SocketId server = e.openUnix("server");
        Calls.expect(ctx, e.bind(server, path), Bind.class);
        exists(ctx, file);

        ctx.step(new Caption(
                "The server listens; a client connects by naming the same path and the server accepts. "
                        + "No port anywhere: the client's own address is empty.",
                "服务器开始监听；客户端用同一个路径发起连接，服务器 accept()。这里没有任何端口：客户端自己的地址是空的。"));
        Calls.expect(ctx, e.listen(server, 8), Listen.class);
        SocketId client = e.openUnix("client");
        Calls.expect(ctx, e.connect(client, path), Connect.class);
        SocketId child = SocketId.of(Calls.expect(ctx, e.accept(server), Accept.class).child());

        ctx.step(new Caption(
                "The client sends a line and the server echoes it back, with send() and recv() as over TCP. "
                        + "The queue figures are the kernel's, read with SIOCINQ right after each call.",
                "客户端发送一行文字，服务器原样发回，用的同样是 send() 和 recv()。"
                        + "队列数字来自内核：每次调用之后立即用 SIOCINQ 读取。"));
        Calls.sendAll(ctx, client, Bytes.ascii(REQUEST));
        byte[] got = Bytes.bytesOf(Calls.recvSome(ctx, child, MAX));
        Calls.sendAll(ctx, child, got);
        Calls.recvSome(ctx, client, MAX);

        ctx.step(new Caption(
                "The client and the accepted socket close. The socket file belongs to the server socket, "
                        + "so it is still there.",
                "客户端和 accept() 得到的套接字关闭了。套接字文件属于服务器套接字，所以它还在。"));
        Calls.expect(ctx, e.close(client), Close.class);
        Calls.expect(ctx, e.close(child), Close.class);
        exists(ctx, file);

        ctx.step(new Caption(
                "The server socket closes and Sockscope deletes its file, as a tidy server does. The kernel "
                        + "alone would leave the file behind, and a new bind() to it would fail: address in use.",
                "服务器套接字关闭，Sockscope 随即删除了它的文件，细心的服务器程序也会这样做。如果只靠内核，"
                        + "文件会一直留着，再次 bind() 到这个路径就会失败：地址已被占用。"));
        Calls.expect(ctx, e.close(server), Close.class);
        exists(ctx, file);
    }

    /** Looks at the filesystem and says what is there, as a note in each language. */
    private static void exists(ScenarioContext ctx, Path file) {
        boolean there = Files.exists(file);
        ctx.note(new Caption(
                file + (there ? ": the socket file exists." : ": no such file."),
                file + (there ? "：套接字文件存在。" : "：文件不存在。")));
    }
}
