package io.sockscope.app.live.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Soak benchmark: {@code serve --echo} ({@link SoakServer}, a process of its own) under a
 * driver that opens connections in waves on loopback, each streaming data and reading its echo
 * back, bounded in count and in time. The server prints descriptors, threads, heap after GC and
 * autosave size every 10 s; this prints them as they come, with the driver's progress.
 *
 * <p>Arguments: minutes (default 3), connections in all (default 10,000), connections per wave
 * (default 50), KiB each connection streams (default 64). {@code BENCH_SERVER_OPTS} adds JVM
 * options for the server (e.g. {@code -Xmx512m}).
 */
public final class SoakBench {
    private SoakBench() {
    }

    public static void main(String[] args) throws Exception {
        run(args, SoakServer.class);
    }

    /** The soak with {@code serverClass} (a main as {@link SoakServer}'s) as the server. */
    static void run(String[] args, Class<?> serverClass) throws Exception {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        int total = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int wave = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int kib = args.length > 3 ? Integer.parseInt(args[3]) : 64;
        Path dir = Files.createTempDirectory("sockscope-soak");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-exports", "java.base/sun.nio.ch=ALL-UNNAMED"));
        String extra = System.getenv("BENCH_SERVER_OPTS");
        if (extra != null && !extra.isBlank()) {
            cmd.addAll(List.of(extra.trim().split("\\s+")));
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), serverClass.getName(), dir.toString()));
        Process server = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        while (first != null && first.startsWith("[")) { // the JVM's own log lines (e.g. JFR's, from BENCH_SERVER_OPTS)
            System.out.println(first);
            first = out.readLine();
        }
        if (first == null || !first.startsWith("serving on ")) {
            throw new IllegalStateException("server did not start: " + first);
        }
        int port = Integer.parseInt(first.substring(first.lastIndexOf(':') + 1));
        System.out.println("soak: " + first + "; " + total + " connections in waves of " + wave + ", " + kib
                + " KiB each, at most " + minutes + " min; autosave under " + dir);
        Thread relay = new Thread(() -> out.lines().forEach(System.out::println), "server-output");
        relay.setDaemon(true);
        relay.start();

        ExecutorService pool = Executors.newFixedThreadPool(wave);
        AtomicLong bytes = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + (long) (minutes * 60e9);
        int done = 0;
        int failed = 0;
        while (done < total && System.nanoTime() < deadline) {
            List<Future<Long>> running = new ArrayList<>();
            for (int i = 0; i < wave && done + i < total; i++) {
                running.add(pool.submit(() -> stream(port, kib)));
            }
            for (Future<Long> f : running) {
                try {
                    bytes.addAndGet(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    failed++;
                }
            }
            done += running.size();
            if (done % (wave * 20) == 0) {
                System.out.printf("driver %4d s  connections %,d (failed %d)  echoed %,.1f MiB%n",
                        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), done, failed, bytes.get() / 1048576.0);
            }
        }
        pool.shutdown();
        System.out.printf("driver done %4d s  connections %,d (failed %d)  echoed %,.1f MiB; idle 30 s to watch the counts settle%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), done, failed, bytes.get() / 1048576.0);
        TimeUnit.SECONDS.sleep(30);
        server.getOutputStream().close();
        server.waitFor(60, TimeUnit.SECONDS);
        relay.join(5_000);
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            System.out.println("autosave files: " + files.map(p -> p.getFileName().toString()).toList());
        }
        if (System.getenv("SOAK_KEEP") == null) { // a soak's autosave runs to gigabytes
            try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
            System.out.println("autosave deleted (SOAK_KEEP=1 keeps it)");
        }
    }

    /** One connection: streams {@code kib} KiB in 4 KiB writes, reading the echo as it goes; returns the bytes echoed. */
    private static long stream(int port, int kib) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            s.setSoTimeout(30_000);
            OutputStream o = s.getOutputStream();
            InputStream in = s.getInputStream();
            byte[] chunk = new byte[4096];
            byte[] back = new byte[4096];
            long echoed = 0;
            for (int i = 0; i < kib / 4; i++) {
                chunk[0] = (byte) i;
                o.write(chunk);
                int got = 0;
                while (got < chunk.length) {
                    int n = in.read(back, 0, chunk.length - got);
                    if (n < 0) {
                        throw new IOException("server closed after " + (echoed + got) + " bytes");
                    }
                    got += n;
                }
                echoed += got;
            }
            return echoed;
        }
    }
}
