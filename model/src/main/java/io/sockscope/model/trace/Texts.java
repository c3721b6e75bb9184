package io.sockscope.model.trace;

import io.sockscope.model.scenario.Caption;

/** The notes a trace adds in its own words, in English and Chinese. */
final class Texts {
    private Texts() {
    }

    static Caption fork(String parent, String child, String fds) {
        return new Caption(parent + " forked " + child + ": the child holds copies of descriptors " + fds
                + ", the same sockets.",
                parent + " 调用 fork 创建了 " + child + "：子进程持有描述符 " + fds + " 的副本，指向同一批 socket。");
    }

    static Caption stillOpen(String who, int fd, String holders) {
        return new Caption(who + " closed descriptor " + fd + ", yet the socket stays open: " + holders
                + " still holds it, so no FIN is sent.",
                who + " 关闭了描述符 " + fd + "，但 socket 仍然打开：" + holders + " 还持有它，所以不会发出 FIN。");
    }

    static Caption threadClosed(String who, int fd) {
        return new Caption(who + " closed descriptor " + fd + ": the threads of a process share their descriptors,"
                + " so it is closed in every thread's lifeline.",
                who + " 关闭了描述符 " + fd + "：同一进程的各线程共享描述符，所以它在每个线程的生命线上都关闭了。");
    }

    static Caption exited(String who) {
        return new Caption(who + " ended; the kernel closed the descriptors it still had.",
                who + " 已退出；内核关闭了它仍持有的描述符。");
    }

    static Caption systemService(String who, String path, String errno) {
        return new Caption(who + ": the C library's try to reach " + path + " failed (" + errno + "); not drawn.",
                who + "：C 库连接 " + path + " 失败（" + errno + "），未画出。");
    }
}
