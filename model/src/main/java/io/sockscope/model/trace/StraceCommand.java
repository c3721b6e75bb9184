package io.sockscope.model.trace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The strace command line a trace runs, and the checks made before it runs. */
public final class StraceCommand {
    /** Calls traced: every socket call, the reads and writes that may be on sockets, readiness calls, process life. */
    static final String CALLS = "%network,%process,read,write,readv,writev,?sendfile,?sendfile64,close,fcntl,ioctl,dup,dup2,dup3,"
            + "?select,?pselect6,?poll,?ppoll,?epoll_create,?epoll_create1,?epoll_ctl,?epoll_wait,?epoll_pwait";

    private StraceCommand() {
    }

    /** Where strace is, or null. */
    public static Path strace() {
        return onPath("strace");
    }

    /** {@code name} resolved like a shell does (a name with a slash as given), or null. */
    public static Path onPath(String name) {
        if (name.contains("/")) {
            Path p = Path.of(name);
            return Files.isRegularFile(p) && Files.isExecutable(p) ? p : null;
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
        for (String dir : path.split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** strace's arguments: follow forks, µs timestamps, socket addresses per descriptor, strings as hex up to {@code cap} bytes. */
    static List<String> args(Path strace, Path output, int cap, int pid, List<String> command) {
        List<String> a = new ArrayList<>(List.of(strace.toString(), "-f", "-q", "-ttt", "-yy", "-xx",
                "-s", Integer.toString(Math.max(cap, 32)), "-e", "trace=" + CALLS, "-o", output.toString()));
        if (pid > 0) {
            a.add("-p");
            a.add(Integer.toString(pid));
        } else {
            a.add("--");
            a.addAll(command);
        }
        return a;
    }

    /** The one line for a message strace printed about itself, or null if it is none of the known failures. */
    static String explain(String straceLine) {
        if (!straceLine.startsWith("strace: ")) {
            return null;
        }
        if (straceLine.contains("Operation not permitted")) {
            return "ptrace is not permitted here (" + straceLine.substring(8).strip() + "); allow it with "
                    + "'sysctl kernel.yama.ptrace_scope=0' (or 1 for your own children), or give the process "
                    + "CAP_SYS_PTRACE (in a container: --cap-add SYS_PTRACE)";
        }
        if (straceLine.contains("Can't stat") || straceLine.contains("No such file")) {
            return "command not found: " + straceLine.substring(8).strip();
        }
        if (straceLine.contains("No such process")) {
            return "no such process: " + straceLine.substring(8).strip();
        }
        return null;
    }
}
