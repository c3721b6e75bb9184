package io.sockscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two thousand mutated and hostile session files through the reader and {@code sockscope info}
 * (with the reader-level {@code FuzzTest} of the sessions module, 5,500 inputs in a build): no
 * hang, no OutOfMemoryError, no raw control character printed (the long run is
 * {@code bench/run fuzz N}).
 */
class InfoFuzzTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(600)
    void mutantsReadCleanlyOrAreRefusedInOneEscapedLineQuickly() throws Exception {
        SessionFuzzer fuzzer = new SessionFuzzer(dir, SessionFuzzer.seeds(FuzzInputs.samples()), 20261201L);
        fuzzer.warmUp();
        SessionFuzzer.Result r = fuzzer.run(2000);
        assertEquals(java.util.List.of(), r.failures, r.toString());
        assertTrue(r.clean > 100 && r.rejected > 1000, r.toString());
    }

    @Test
    @Timeout(60)
    void filesThatAreNotSessionsAreRefusedQuickly() throws Exception {
        SessionFuzzer fuzzer = new SessionFuzzer(dir, java.util.List.of(new byte[0]), 1);
        SessionFuzzer.Result r = new SessionFuzzer.Result();
        long i = 0;
        for (Path p : FuzzInputs.notSessions(dir)) {
            fuzzer.check(p, null, i++, r, true);
        }
        assertEquals(java.util.List.of(), r.failures, r.toString());
        assertEquals(r.inputs, r.rejected, r.toString());
    }
}
