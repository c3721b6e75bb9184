package io.sockscope.app.cli;

import io.sockscope.sessions.Printable;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * A file name from the command line made into a {@link Path}, with a true message when that
 * cannot work: an empty name, or a name the locale's character set cannot carry (Java decodes
 * the command line with it, so under {@code LC_ALL=C} a Chinese name, and under any locale a
 * name that is not valid in it, reaches Java already damaged).
 */
final class FileArgument {
    private static final char DAMAGED = '\uFFFD';

    private FileArgument() {
    }

    /** The path named by {@code raw}; {@code what} says what it is for, e.g. "-o". */
    static Path of(String raw, String what) {
        if (raw.isEmpty()) {
            throw new BadInputException(what + ": the file name is empty");
        }
        Path p;
        try {
            p = Path.of(raw);
        } catch (InvalidPathException e) {
            throw new BadInputException(shown(raw) + ": this file name cannot be used: the locale's character set ("
                    + charset() + ") cannot represent it; run under a UTF-8 locale, e.g. LC_ALL=C.UTF-8", e);
        }
        return p;
    }

    /** An input file that must exist: a damaged name is explained instead of a bare "no such file". */
    static Path existing(String raw, String what) {
        Path p = of(raw, what);
        if (raw.indexOf(DAMAGED) >= 0 && !Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new BadInputException(shown(raw) + ": no such file; the name held bytes that are not valid "
                    + charset() + " (shown as \\ufffd), which Java cannot pass on: rename the file or use a UTF-8 locale");
        }
        return p;
    }

    /** The name with control characters escaped and each damaged character written as {@code \ufffd}. */
    private static String shown(String raw) {
        return Printable.escape(raw).replace(String.valueOf(DAMAGED), "\\ufffd");
    }

    private static String charset() {
        return System.getProperty("sun.jnu.encoding", "the default");
    }
}
