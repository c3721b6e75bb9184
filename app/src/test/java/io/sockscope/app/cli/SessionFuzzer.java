package io.sockscope.app.cli;

import io.sockscope.sessions.Printable;
import io.sockscope.sessions.SessionFormatException;
import io.sockscope.sessions.SessionIndex;
import io.sockscope.sessions.Sessions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Feeds mutated session files (from real samples and hostile seeds: terminal escapes, overlong
 * UTF-8, huge ids, deep nesting, unknown types, gzip with bytes appended) to the reader and to
 * {@code sockscope info} (text and JSON), and checks what a user would see: each ends in a
 * clean read or one {@code FILE:LINE: reason} line, without running out of memory, with no raw
 * control character in any output, and without a hang: more than 1 s of CPU time, or more than
 * {@value #SLOW_WALL_NS} ns of wall time (the machine is shared; a blocked open never returns
 * at all and is caught by the test's timeout). Every {@value #FULL_CLI_EVERY}th input runs the
 * whole command line (picocli included, ~10 ms); the others print the same report directly.
 */
final class SessionFuzzer {
    /** CPU time above which an input counts as a hang. */
    static final long SLOW_CPU_NS = 1_000_000_000L;
    /** Wall time above which an input counts as a hang. */
    static final long SLOW_WALL_NS = 5_000_000_000L;
    /** One input in this many runs through {@link Cli#run}. */
    static final int FULL_CLI_EVERY = 16;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static final byte[][] HOSTILE_TOKENS = {
        "\u001b[2J".getBytes(StandardCharsets.UTF_8), "\u001bc".getBytes(StandardCharsets.UTF_8), {0},
        {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xc2, (byte) 0x9b},
        "\u202e".getBytes(StandardCharsets.UTF_8), "NaN".getBytes(StandardCharsets.UTF_8),
        "[[[[[[[[[[[[[[[[[[".getBytes(StandardCharsets.UTF_8), "\"type\":\"tcpstate\",".getBytes(StandardCharsets.UTF_8),
        "\"pid\":1,".getBytes(StandardCharsets.UTF_8), "\\u001b".getBytes(StandardCharsets.UTF_8),
        "99999999999999999999999".getBytes(StandardCharsets.UTF_8), {0x1f, (byte) 0x8b}, "\n".getBytes(StandardCharsets.UTF_8),
        "\"minor\":99,".getBytes(StandardCharsets.UTF_8), "\"version\":2,".getBytes(StandardCharsets.UTF_8),
    };
    private static final byte[] INTERESTING = "\n{}[]\",:0123456789-.eE tfn\\u\u00ff".getBytes(StandardCharsets.ISO_8859_1);

    private final Path dir;
    private final List<byte[]> seeds;
    private final Random rnd;
    private long counter;

    /** Counts of one run. */
    static final class Result {
        long inputs;
        long clean;
        long rejected;
        long slowestCpu;
        long slowestWall;
        final List<String> failures = new ArrayList<>();

        void add(Result r) {
            inputs += r.inputs;
            clean += r.clean;
            rejected += r.rejected;
            slowestCpu = Math.max(slowestCpu, r.slowestCpu);
            slowestWall = Math.max(slowestWall, r.slowestWall);
            failures.addAll(r.failures);
        }

        @Override
        public String toString() {
            return inputs + " inputs: " + clean + " read cleanly, " + rejected + " rejected with one line, slowest "
                    + slowestCpu / 1_000_000 + " ms CPU / " + slowestWall / 1_000_000 + " ms wall, "
                    + failures.size() + " failures";
        }
    }

    SessionFuzzer(Path dir, List<byte[]> seeds, long seed) {
        this.dir = dir;
        this.seeds = List.copyOf(seeds);
        this.rnd = new Random(seed);
    }

    /** Seeds: the given session files, each also gzip-compressed, and hostile variants of the first. */
    static List<byte[]> seeds(List<Path> samples) throws IOException, SessionFormatException {
        List<byte[]> out = new ArrayList<>();
        for (Path p : samples) {
            byte[] b = Files.readAllBytes(p);
            out.add(b);
            out.add(gzip(b));
            out.add(rewritten(p)); // the shipped samples are 1.x files: mutate this build's format too
        }
        String first = Files.readString(samples.get(0), StandardCharsets.UTF_8);
        String[] lines = first.split("\n");
        String evil = "\\u001b]0;x\\u0007\\u001b[2J\\u0000\\u009b\\u202e";
        out.add((lines[0].replace("\"title\":\"", "\"title\":\"" + evil) + "\n"
                + String.join("\n", java.util.Arrays.copyOfRange(lines, 1, lines.length)).replace("\"s1\"", "\"s1" + evil + "\"")
                + "\n").getBytes(StandardCharsets.UTF_8));
        out.add((lines[0].replace("\"version\":1,", "\"version\":1,\"minor\":9,\"schema\":{},") + "\n"
                + String.join("\n", java.util.Arrays.copyOfRange(lines, 1, lines.length))
                        .replace("\"type\":\"close\"", "\"type\":\"tcpstate\"").replace("\"owner\":", "\"pid\":3,\"owner\":")
                + "\n").getBytes(StandardCharsets.UTF_8));
        out.add((lines[0] + "\n" + lines[1].replace("\"socket\":\"", "\"socket\":\"" + "x".repeat(300_000)) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        byte[] gz = gzip(first.getBytes(StandardCharsets.UTF_8));
        byte[] trailing = java.util.Arrays.copyOf(gz, gz.length + 5);
        out.add(trailing);
        return out;
    }

    /** The session in {@code sample} as this build writes it (the format it writes now). */
    private static byte[] rewritten(Path sample) throws IOException, SessionFormatException {
        io.sockscope.sessions.Session s = Sessions.readAll(sample);
        Path tmp = Files.createTempFile("sockscope-seed", ".sockscope");
        try {
            io.sockscope.sessions.SessionHeader h = s.header();
            try (io.sockscope.sessions.SessionWriter w = io.sockscope.sessions.SessionWriter.open(tmp,
                    io.sockscope.sessions.SessionHeader.create(h.title(), h.scenario(), h.lang()),
                    io.sockscope.sessions.WriterOptions.defaults())) {
                s.events().forEach(w);
            }
            return Files.readAllBytes(tmp);
        } finally {
            Files.delete(tmp);
        }
    }

    /** Reads every seed once, uncounted, so that class loading and the first compilations are not timed. */
    void warmUp() throws IOException {
        Path f = dir.resolve("warm-up.sockscope");
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < seeds.size(); i++) {
                Files.write(f, seeds.get(i));
                check(f, seeds.get(i), i, new Result(), true);
            }
        }
    }

    /** Runs {@code count} mutants. */
    Result run(long count) throws IOException {
        Result r = new Result();
        Path f = dir.resolve("mutant.sockscope");
        for (long n = 0; n < count; n++) {
            long i = counter++;
            byte[] m = seeds.get(rnd.nextInt(seeds.size()));
            int edits = 1 + rnd.nextInt(3);
            for (int k = 0; k < edits; k++) {
                m = mutate(m, rnd);
            }
            Files.write(f, m);
            check(f, m, i, r, i % FULL_CLI_EVERY == 0);
        }
        return r;
    }

    /** Checks one file (a mutant, or a special file such as a FIFO) the way {@link #run} does. */
    void check(Path f, byte[] content, long i, Result r, boolean fullCli) throws IOException {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        String problem = null;
        boolean clean = false;
        try {
            clean = readsOrRefuses(f);
            problem = fullCli ? info(clean, "info", f.toString()) + info(clean, "info", "--json", f.toString())
                    : report(f, clean);
        } catch (OutOfMemoryError | RuntimeException | AssertionError e) {
            problem = "threw " + e;
        }
        wall = System.nanoTime() - wall;
        cpu = THREADS.getCurrentThreadCpuTime() - cpu;
        r.slowestCpu = Math.max(r.slowestCpu, cpu);
        r.slowestWall = Math.max(r.slowestWall, wall);
        if (cpu > SLOW_CPU_NS || wall > SLOW_WALL_NS) {
            problem = (problem == null ? "" : problem) + " took " + cpu / 1_000_000 + " ms CPU, " + wall / 1_000_000 + " ms";
        }
        r.inputs++;
        if (problem != null && !problem.isEmpty()) {
            Path keep = dir.resolve("failing-" + i + ".sockscope");
            if (content != null) {
                Files.write(keep, content);
            }
            r.failures.add("input " + i + " (" + keep + "): " + problem);
        } else if (clean) {
            r.clean++;
        } else {
            r.rejected++;
        }
    }

    /** True when the reader reads the file; false when it refuses it with a message naming the file; throws otherwise. */
    private static boolean readsOrRefuses(Path f) {
        try {
            Sessions.readAll(f);
            SessionIndex index = SessionIndex.build(f);
            index.read(index.size() / 2, 3);
            return true;
        } catch (SessionFormatException e) {
            if (!e.getMessage().startsWith(Printable.escape(f.toString()))) {
                throw new AssertionError("message does not name the file: " + e.getMessage());
            }
            if (hasControl(e.getMessage())) {
                throw new AssertionError("raw control character in: " + Printable.escape(e.getMessage()));
            }
            return false;
        }
    }

    /** The info report, text and JSON, printed without the command line around it; "" when it is clean. */
    private static String report(Path f, boolean clean) {
        if (!clean) {
            return ""; // the refusal's message was checked by readsOrRefuses
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            InfoReport report = new InfoReport(f.toString(), io.sockscope.sessions.SessionStats.of(f));
            report.printText(o);
            report.printJson(o);
        } catch (SessionFormatException e) {
            return "the reader read the file, the summary refused it: " + Printable.escape(e.getMessage());
        }
        return hasControl(out.toString(StandardCharsets.UTF_8)) ? "raw control character in the info output; " : "";
    }

    /** Runs {@code sockscope ARGS}; returns "" when what it printed is right for a file that reads (or not). */
    private static String info(boolean clean, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Cli.run(args, o, e, request -> {
                throw new AssertionError("info opened a window");
            });
        }
        String so = out.toString(StandardCharsets.UTF_8);
        String se = err.toString(StandardCharsets.UTF_8);
        if (hasControl(so) || hasControl(se)) {
            return String.join(" ", args) + ": raw control character in the output; ";
        }
        if (clean ? code != Cli.OK || !se.isEmpty() : code != Cli.BAD_INPUT || !se.startsWith("sockscope: ")
                || se.indexOf('\n') != se.length() - 1 || !so.isEmpty()) {
            return String.join(" ", args) + ": exit " + code + ", stderr " + Printable.escape(se) + "; ";
        }
        return "";
    }

    /** True when {@code s} holds a character a terminal acts on, other than a line end. */
    static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\n' && Printable.actsOnTerminal(c)) {
                return true;
            }
        }
        return false;
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }

    private static byte[] mutate(byte[] in, Random rnd) {
        if (in.length == 0) {
            return new byte[] {INTERESTING[rnd.nextInt(INTERESTING.length)]};
        }
        int at = rnd.nextInt(in.length);
        switch (rnd.nextInt(8)) {
            case 0: { // flip bits of one byte
                byte[] out = in.clone();
                out[at] ^= (byte) (1 << rnd.nextInt(8));
                return out;
            }
            case 1: { // set one byte to a JSON-significant or random value
                byte[] out = in.clone();
                out[at] = rnd.nextBoolean() ? INTERESTING[rnd.nextInt(INTERESTING.length)] : (byte) rnd.nextInt(256);
                return out;
            }
            case 2: { // insert a few bytes
                int n = 1 + rnd.nextInt(8);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(in, 0, at);
                for (int j = 0; j < n; j++) {
                    out.write(rnd.nextBoolean() ? INTERESTING[rnd.nextInt(INTERESTING.length)] : rnd.nextInt(256));
                }
                out.write(in, at, in.length - at);
                return out.toByteArray();
            }
            case 3: { // insert a hostile token
                byte[] token = HOSTILE_TOKENS[rnd.nextInt(HOSTILE_TOKENS.length)];
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(in, 0, at);
                out.write(token, 0, token.length);
                out.write(in, at, in.length - at);
                return out.toByteArray();
            }
            case 4: { // delete a range
                int n = Math.min(in.length - at, 1 + rnd.nextInt(40));
                byte[] out = new byte[in.length - n];
                System.arraycopy(in, 0, out, 0, at);
                System.arraycopy(in, at + n, out, at, in.length - at - n);
                return out;
            }
            case 5: { // duplicate the line around `at`
                int start = lastIndexOf(in, (byte) '\n', at) + 1;
                int end = indexOf(in, (byte) '\n', at);
                end = end < 0 ? in.length : end + 1;
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(in, 0, end);
                out.write(in, start, end - start);
                out.write(in, end, in.length - end);
                return out.toByteArray();
            }
            case 6: // truncate
                return java.util.Arrays.copyOf(in, at);
            default: { // swap two bytes far apart
                byte[] out = in.clone();
                int other = rnd.nextInt(in.length);
                byte b = out[at];
                out[at] = out[other];
                out[other] = b;
                return out;
            }
        }
    }

    private static int indexOf(byte[] a, byte b, int from) {
        for (int i = from; i < a.length; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] a, byte b, int from) {
        for (int i = Math.min(from, a.length - 1); i >= 0; i--) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
