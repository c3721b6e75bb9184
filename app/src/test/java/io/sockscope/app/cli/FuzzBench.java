package io.sockscope.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The long fuzz run: {@code bench/run fuzz [N] [seed]} feeds N mutated session files (default
 * 1,000,000) and the special files to the reader and {@code sockscope info}, and prints the
 * counts, the slowest input and every failure (kept in the temporary directory it names).
 * Exit 1 when anything failed.
 */
public final class FuzzBench {
    private FuzzBench() {
    }

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261201L;
        Path dir = Files.createTempDirectory("sockscope-fuzz");
        SessionFuzzer fuzzer = new SessionFuzzer(dir, SessionFuzzer.seeds(FuzzInputs.samples()), seed);
        SessionFuzzer.Result total = new SessionFuzzer.Result();
        long i = 0;
        fuzzer.warmUp();
        for (Path p : FuzzInputs.notSessions(dir)) {
            fuzzer.check(p, null, i++, total, true);
        }
        long start = System.nanoTime();
        long step = Math.max(1, Math.min(100_000, n / 10));
        for (long done = 0; done < n; done += step) {
            total.add(fuzzer.run(Math.min(step, n - done)));
            System.out.printf("%,d inputs, %.0f s, %s%n", total.inputs, (System.nanoTime() - start) / 1e9, total);
        }
        total.failures.forEach(System.out::println);
        System.out.println("max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB; inputs kept in " + dir);
        System.exit(total.failures.isEmpty() ? 0 : 1);
    }
}
