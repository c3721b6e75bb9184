package io.sockscope.sessions;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged files, made by a seeded random mutator from a valid sample: reading each one fully
 * ends cleanly or with a SessionFormatException, never with any other exception or a hang.
 */
class FuzzTest {
    private static final long SEED = 20261127L;
    private static final byte[] INTERESTING = "\n{}[]\",:0123456789-.eE tfn\\u\u00ff".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    @TempDir
    Path dir;

    @Test
    @Timeout(300)
    void mutatedPlainFilesReadCleanlyOrFailWithSessionFormatException() throws Exception {
        Path sample = RoundTripTest.write(dir.resolve("sample.sockscope"), SampleEvents.all(), WriterOptions.defaults());
        int[] outcomes = run(Files.readAllBytes(sample), 3000, SEED);
        assertTrue(outcomes[0] > 30 && outcomes[1] > 1000, "clean " + outcomes[0] + ", rejected " + outcomes[1]);
    }

    @Test
    @Timeout(300)
    void mutatedGzipFilesReadCleanlyOrFailWithSessionFormatException() throws Exception {
        Path sample = RoundTripTest.write(dir.resolve("sample.gz"), SampleEvents.all(), new WriterOptions(4096, true));
        int[] outcomes = run(Files.readAllBytes(sample), 500, SEED + 1);
        assertTrue(outcomes[1] > 100, "rejected " + outcomes[1]);
    }

    /** Returns {clean, rejected}. */
    private int[] run(byte[] valid, int count, long seed) throws Exception {
        Random rnd = new Random(seed);
        Path f = dir.resolve("mutant.sockscope");
        int clean = 0;
        int rejected = 0;
        for (int i = 0; i < count; i++) {
            byte[] m = valid;
            int edits = 1 + rnd.nextInt(3);
            for (int k = 0; k < edits; k++) {
                m = mutate(m, rnd);
            }
            Files.write(f, m);
            try {
                Sessions.readAll(f);
                SessionStats.of(f);
                SessionIndex index = SessionIndex.build(f);
                index.read(rnd.nextInt((int) index.size() + 1), 3);
                clean++;
            } catch (SessionFormatException e) {
                rejected++;
                if (!e.getMessage().startsWith(f.toString())) {
                    fail("mutant " + i + ": message does not name the file: " + e.getMessage());
                }
            } catch (RuntimeException | Error e) {
                Path keep = dir.resolve("failing-mutant-" + i);
                Files.write(keep, m);
                throw new AssertionError("mutant " + i + " (seed " + seed + ") threw " + e, e);
            }
        }
        return new int[] {clean, rejected};
    }

    static byte[] mutate(byte[] in, Random rnd) {
        if (in.length == 0) {
            return new byte[] {INTERESTING[rnd.nextInt(INTERESTING.length)]};
        }
        int at = rnd.nextInt(in.length);
        switch (rnd.nextInt(7)) {
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
            case 3: { // delete a range
                int n = Math.min(in.length - at, 1 + rnd.nextInt(40));
                byte[] out = new byte[in.length - n];
                System.arraycopy(in, 0, out, 0, at);
                System.arraycopy(in, at + n, out, at, in.length - at - n);
                return out;
            }
            case 4: { // duplicate the line around `at`
                int start = lastIndexOf(in, (byte) '\n', at) + 1;
                int end = indexOf(in, (byte) '\n', at);
                end = end < 0 ? in.length : end + 1;
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(in, 0, end);
                out.write(in, start, end - start);
                out.write(in, end, in.length - end);
                return out.toByteArray();
            }
            case 5: // truncate
                return Arrays.copyOf(in, at);
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
