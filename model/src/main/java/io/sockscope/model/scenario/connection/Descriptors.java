package io.sockscope.model.scenario.connection;

import io.sockscope.model.engine.SocketId;
import io.sockscope.model.engine.Engine;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Listen;
import io.sockscope.model.scenario.Caption;
import io.sockscope.model.scenario.ScenarioContext;
import io.sockscope.model.scenario.support.BaseScenario;
import io.sockscope.model.scenario.support.Calls;
import io.sockscope.model.scenario.support.KernelWaits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** descriptors: the numbers a process uses for its open files and sockets, and how they are handed out and reused. */
final class Descriptors extends BaseScenario {
    private static final String[] STANDARD = {"stdin", "stdout", "stderr"};

    Descriptors() {
        super("descriptors",
                new Caption("File descriptors", "文件描述符"),
                new Caption(
                        "To a program, every open file and every socket is a small non-negative integer, its file"
                                + " descriptor: 0 is a valid one, so only -1 means that a call failed. Each"
                                + " process starts with 0 for standard input, 1 for standard output and 2 for standard error"
                                + " (the tutorial swaps 0 and 1). socket() and accept() return new descriptors, always the"
                                + " lowest number not in use, and close() gives a number back, so the next socket may get the"
                                + " same number again. Each socket's lifeline shows its descriptor.",
                        "对程序来说，每个打开的文件、每个套接字都是一个小的非负整数，也就是它的文件描述符：0 也是合法的描述符，"
                                + "只有 -1 才表示调用失败。每个进程一开始就有 0（标准输入，stdin）、"
                                + "1（标准输出，stdout）和 2（标准错误，stderr）；教程把 0 和 1 说反了。socket() 和 accept() 返回新的描述符，"
                                + "总是当前没被占用的最小号码；close() 把号码还回去，所以下一个套接字可能又拿到同一个号码。"
                                + "每个套接字的生命线上都标着它的描述符。"));
    }

    @Override
    public void run(ScenarioContext ctx) {
        Engine engine = ctx.engine();

        ctx.step(new Caption(
                "Every process starts with three descriptors: 0 is standard input, 1 standard output, 2 standard error."
                        + " (The tutorial has 0 and 1 the wrong way round.) The note shows where they lead in this program.",
                "每个进程一开始就有三个描述符：0 是标准输入，1 是标准输出，2 是标准错误（教程把 0 和 1 弄反了）。"
                        + "下面的注释显示它们在本程序里分别指向哪里。"));
        ctx.await(engine.note(standardDescriptors(), "", 0));

        ctx.step(new Caption(
                "The program creates three sockets. socket() gives each the lowest descriptor number not in use. A Java"
                        + " program already has many files open (its own libraries among them), so the numbers are"
                        + " well above 2.",
                "程序创建三个套接字，socket() 给每个套接字分配当前未被占用的最小描述符号码。Java 程序本身已经打开了不少文件"
                        + "（比如它自己的类库），所以这些号码远大于 2。"));
        List<SocketId> sockets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sockets.add(engine.openTcp(Family.INET, "program"));
        }

        ctx.step(new Caption(
                "Closing the second socket gives its descriptor number back to the process.",
                "关闭第二个套接字，它的描述符号码就还给了进程。"));
        Calls.expect(ctx, engine.close(sockets.get(1)), Close.class);

        ctx.step(new Caption(
                "A new socket gets the lowest free number, which is the one just given back. Numbers are reused, so a"
                        + " descriptor names a socket only while it is open.",
                "新建的套接字拿到最小的空闲号码，也就是刚还回去的那个。号码会被重复使用，所以描述符只在套接字打开期间代表它。"));
        SocketId reused = engine.openTcp(Family.INET, "program");

        ctx.step(new Caption(
                "The first socket listens and the new one connects to it. accept() creates one more socket, which gets"
                        + " a descriptor of its own.",
                "第一个套接字开始监听，新套接字连上它。accept() 又创建了一个套接字，它也有自己的描述符。"));
        SocketId listener = sockets.get(0);
        String address = Calls.expect(ctx, engine.bind(listener, "127.0.0.1:0"), Bind.class).local();
        Calls.expect(ctx, engine.listen(listener, 5), Listen.class);
        Calls.expect(ctx, engine.connect(reused, address), Connect.class);
        KernelWaits.awaitAcceptQueue(ctx, listener, 1);
        SocketId accepted = SocketId.of(Calls.expect(ctx, engine.accept(listener), Accept.class).child());

        ctx.step(new Caption(
                "Everything closes, and every descriptor is given back.",
                "全部关闭，所有描述符都还了回去。"));
        for (SocketId s : List.of(reused, accepted, sockets.get(2), listener)) {
            Calls.expect(ctx, engine.close(s), Close.class);
        }
    }

    /** Where descriptors 0, 1 and 2 of this process lead, read from /proc/self/fd where the system has it. */
    static String standardDescriptors() {
        StringBuilder sb = new StringBuilder();
        for (int fd = 0; fd < STANDARD.length; fd++) {
            if (fd > 0) {
                sb.append(", ");
            }
            sb.append("fd ").append(fd).append(" (").append(STANDARD[fd]).append(") → ").append(target(fd));
        }
        return sb.toString();
    }

    private static String target(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "? (" + e.getClass().getSimpleName() + ")";
        }
    }
}
