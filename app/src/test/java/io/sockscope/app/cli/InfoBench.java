package io.sockscope.app.cli;

import io.sockscope.model.event.Family;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Proto;
import io.sockscope.sessions.SessionHeader;
import io.sockscope.sessions.SessionWriter;
import io.sockscope.sessions.WriterOptions;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code bench/run info [N...]}: {@code sockscope info} (text and JSON) on sessions of N open
 * events (default 100,000 and 200,000), one socket each; linear time means the second takes
 * about twice the first (issue 14 measured 17.7 s and 54.6 s before the fix).
 */
public final class InfoBench {
    private InfoBench() {
    }

    public static void main(String[] args) throws Exception {
        long[] sizes = args.length == 0 ? new long[] {100_000, 200_000} : java.util.Arrays.stream(args).mapToLong(Long::parseLong).toArray();
        Path dir = Files.createTempDirectory("sockscope-info-bench");
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        for (long n : sizes) {
            Path f = dir.resolve("opens-" + n + ".sockscope");
            try (SessionWriter w = SessionWriter.open(f, SessionHeader.create("opens", "", ""), WriterOptions.defaults())) {
                for (long i = 0; i < n; i++) {
                    w.accept(new Open(i, i, "s" + (i + 1), Proto.TCP, Family.INET, 3, "client"));
                }
            }
            for (int round = 0; round < 3; round++) {
                for (String mode : new String[] {"text", "json"}) {
                    String[] a = mode.equals("json") ? new String[] {"info", "--json", f.toString()} : new String[] {"info", f.toString()};
                    long start = System.nanoTime();
                    int code = Cli.run(a, nowhere, System.err, r -> { });
                    double s = (System.nanoTime() - start) / 1e9;
                    System.out.printf("%,d open events, info %s, round %d: %.2f s (exit %d)%n", n, mode, round + 1, s, code);
                }
            }
            Files.delete(f);
        }
        Files.delete(dir);
    }
}
