package io.sockscope.model.trace;

import java.util.List;

/** A process's program name as the diagram groups it: the executable, or for an interpreter the script it runs. */
final class Programs {
    private static final java.util.regex.Pattern INTERPRETER =
            java.util.regex.Pattern.compile("(python|perl|ruby|node|sh|bash|dash)[0-9.]*");

    private Programs() {
    }

    /** From execve's arguments: {@code "/usr/bin/python3", ["python3", "echo_server.py", ...], ...}. */
    static String name(List<String> execveArgs) {
        String file = execveArgs.isEmpty() ? "" : base(Args.text(execveArgs.get(0)));
        List<String> argv = execveArgs.size() > 1 ? Args.items(execveArgs.get(1)) : List.of();
        return of(file, argv.stream().map(Args::text).toList());
    }

    /** From an executable's base name and its argv. */
    static String of(String executable, List<String> argv) {
        if (INTERPRETER.matcher(executable).matches()) {
            for (int i = 1; i < argv.size(); i++) {
                String a = argv.get(i);
                if (a.equals("-c") || a.equals("-m")) {
                    break;
                }
                if (!a.startsWith("-")) {
                    return base(a);
                }
            }
        }
        return executable.isEmpty() ? "?" : executable;
    }

    static String base(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
