package io.sockscope.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenario samples in resources/sessions (recorded as 1.3 and 1.4, with full lines) read,
 * and the same events written by this build (compact lines) read back equal, plain and gzip, in
 * no more bytes.
 */
class SampleSessionsTest {
    private static final Path DIR = Path.of("..", "resources", "sessions");

    @TempDir
    Path tmp;

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> all = files.filter(f -> f.toString().endsWith(".sockscope")).sorted().toList();
            assertTrue(all.size() >= 20, "samples found: " + all.size());
            return all.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleRewrittenByThisBuildReadsBackEqual(Path sample) throws Exception {
        Session old = Sessions.readAll(sample);
        for (boolean gzip : new boolean[] {false, true}) {
            Path again = tmp.resolve(sample.getFileName() + (gzip ? ".gz" : ""));
            try (SessionWriter w = SessionWriter.open(again, old.header(), new WriterOptions(Integer.MAX_VALUE, gzip))) {
                old.events().forEach(w);
            }
            Session now = Sessions.readAll(again);
            assertEquals(old.events(), now.events());
            assertEquals(SessionHeader.MINOR, now.header().minor());
            if (!gzip) {
                assertTrue(Files.size(again) <= Files.size(sample), Files.size(again) + " bytes, the sample " + Files.size(sample));
            }
        }
    }
}
