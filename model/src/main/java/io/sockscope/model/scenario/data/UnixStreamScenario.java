package io.sockscope.model.scenario.data;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Listen;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A Unix domain stream socket: a file path instead of an address and port. */
final class UnixStreamScenario extends DataScenario {
    static final String FILE_NAME = "echo.sock";
    static final String REQUEST = "hello through a file";
    static final int MAX = 1024;

    UnixStreamScenario() {
        super("unix-stream",
                new Caption("Unix domain stream socket", "Unix 域流式套接字"),
                new Caption("Two sockets on the same machine talk through a path in the filesystem instead of an "
                        + "IP address and port. bind() creates a socket file; the client connects by naming that "
                        + "path; after that, send() and recv() work as over TCP, without the network stack. "
                        + "Closing the socket does not remove its file: until someone deletes it, a new bind() "
                        + "to the same path fails. Queue figures here are the engine's own counts, because Linux "
                        + "does not publish Unix socket queues. java.nio offers Unix stream sockets only, no "
                        + "Unix datagram sockets.",
                        "同一台机器上的两个套接字通过文件系统中的一个路径通信，而不是 IP 地址加端口。bind() 会创建一个套接字文件；"
                        + "客户端通过这个路径发起连接；之后 send() 和 recv() 的用法与 TCP 相同，但不经过网络协议栈。"
                        + "关闭套接字并不会删除它的文件：在有人删除它之前，再次 bind() 到同一路径会失败。"
                        + "这里的队列数字是引擎自己统计的估计值，因为 Linux 不公开 Unix 套接字的队列长度。"
                        + "java.nio 只支持 Unix 流式套接字，不支持 Unix 数据报套接字。"));
    }

    @Override
    public void run(ScenarioContext ctx) throws IOException {
        Path dir = Files.createTempDirectory("sockscope-unix-");
        Path file = dir.resolve(FILE_NAME);
        try {
            talk(ctx, file.toString(), file);
        } finally {
            Files.deleteIfExists(file);
            Files.delete(dir);
        }
    }

    private static void talk(ScenarioContext ctx, String path, Path file) throws IOException {
        Engine e = ctx.engine();
        ctx.step(new Caption(
                "The server opens a Unix domain socket and binds it to a path in a fresh temporary directory. "
                        + "bind() creates the socket file there.",
                "服务器创建一个 Unix 域套接字，并把它绑定到一个新建临时目录中的路径。bind() 在那里创建了套接字文件。"));
        String server = e.openUnix("server");
        Calls.expect(ctx, e.bind(server, path), Bind.class);
        exists(ctx, file);

        ctx.step(new Caption(
                "The server listens; a client connects by naming the same path and the server accepts. "
                        + "No port anywhere: the client's own address is empty.",
                "服务器开始监听；客户端用同一个路径发起连接，服务器 accept()。这里没有任何端口：客户端自己的地址是空的。"));
        Calls.expect(ctx, e.listen(server, 8), Listen.class);
        String client = e.openUnix("client");
        Calls.expect(ctx, e.connect(client, path), Connect.class);
        String child = Calls.expect(ctx, e.accept(server), Accept.class).child();

        ctx.step(new Caption(
                "The client sends a line and the server echoes it back, with send() and recv() as over TCP. "
                        + "The queue figures are the engine's estimates.",
                "客户端发送一行文字，服务器把它原样发回，用的同样是 send() 和 recv()。图中的队列数字是引擎的估计值。"));
        Calls.sendAll(ctx, client, Calls.ascii(REQUEST));
        byte[] got = Calls.bytesOf(Calls.recvSome(ctx, child, MAX));
        Calls.sendAll(ctx, child, got);
        Calls.recvSome(ctx, client, MAX);

        ctx.step(new Caption(
                "All three sockets close. The socket file is still there: close() does not remove it.",
                "三个套接字都关闭了。套接字文件仍然存在：close() 不会删除它。"));
        Calls.expect(ctx, e.close(client), Close.class);
        Calls.expect(ctx, e.close(child), Close.class);
        Calls.expect(ctx, e.close(server), Close.class);
        exists(ctx, file);

        ctx.step(new Caption(
                "A new server socket tries to bind the same path and fails with \"address in use\": "
                        + "the leftover file blocks it.",
                "一个新的服务器套接字试图绑定同一路径，结果失败，错误是“地址已被占用”：是留下的文件挡住了它。"));
        String again = e.openUnix("server");
        Calls.expectFailure(ctx, e.bind(again, path), ErrorKind.ADDRESS_IN_USE);

        ctx.step(new Caption(
                "The program deletes the file, and now bind() succeeds. That is why servers remove a stale "
                        + "socket file before bind() and after close().",
                "程序删除这个文件后，bind() 就成功了。所以服务器通常在 bind() 之前、close() 之后删除残留的套接字文件。"));
        Files.delete(file);
        Calls.expect(ctx, e.bind(again, path), Bind.class);

        ctx.step(new Caption(
                "The socket closes and its file is deleted. (java.nio has no Unix datagram sockets, so only "
                        + "the stream kind is shown.)",
                "套接字关闭，它的文件也被删除。（java.nio 没有 Unix 数据报套接字，所以这里只演示流式套接字。）"));
        Calls.expect(ctx, e.close(again), Close.class);
        Files.delete(file);
        exists(ctx, file);
    }

    /** Looks at the filesystem and says what is there, as a note in each language. */
    private static void exists(ScenarioContext ctx, Path file) {
        boolean there = Files.exists(file);
        Calls.result(ctx, new Caption(
                file + (there ? ": the socket file exists." : ": no such file."),
                file + (there ? "：套接字文件存在。" : "：文件不存在。")));
    }
}
