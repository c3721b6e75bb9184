package io.sockscope.sessions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Properties;

/**
 * Line 1 of a session file: what wrote it, where, when, and what it shows.
 *
 * @param format   always {@value #FORMAT}
 * @param version  major format version: 1 (lines with every field) or {@value #VERSION} (compact
 *                 lines); a reader refuses a newer major version
 * @param minor    minor format version: each minor version only adds fields or event types, so an
 *                 x.y reader reads any x.z file and skips (and counts) what it does not know;
 *                 0 for files that predate the field
 * @param app      Sockscope version that wrote the file
 * @param os       operating system and architecture, e.g. {@code Linux amd64}
 * @param kernel   kernel release ({@code os.version}), e.g. {@code 6.1.0-18-amd64}
 * @param created  when recording started, ISO-8601 UTC, e.g. {@code 2026-11-27T09:30:00.123Z}
 * @param title    a title for people
 * @param scenario id of the scenario recorded, or "" for a free session
 * @param lang     language of the captions ("en", "zh"), or ""
 */
public record SessionHeader(String format, int version, int minor, String app, String os, String kernel,
                            String created, String title, String scenario, String lang) {
    /** The value of the {@code format} field. */
    public static final String FORMAT = "sockscope-session";
    /**
     * The major format version this build writes, and the newest it reads. Version 2 is compact
     * lines (no {@code seq}, {@code dt} for {@code t}, fields equal to their defaults left out,
     * a payload stored whole as a base64 string); a reader of version 1 cannot read them, so they
     * are a new major version and a 1.x build refuses a 2.x file by its header. This build still
     * reads version 1 (1.0 to 1.{@value #LAST_MINOR_OF_1}), every field required.
     */
    public static final int VERSION = 2;
    /**
     * The minor format version this build writes: 2.0 is the first version of compact lines.
     * Raise it when a field or event type is added.
     */
    public static final int MINOR = 0;
    /**
     * The last minor version of major version 1: 1.0 is the original format (no {@code minor}
     * field), 1.1 added {@code minor} to the header, 1.2 a note's Chinese text ({@code zh}),
     * {@code open.pid} and {@code open.program}, the {@code state} event and {@code queues.drops},
     * 1.3 a note's {@code question}, 1.4 {@code open.copyOf} and {@code open.thread}.
     */
    public static final int LAST_MINOR_OF_1 = 4;
    /** The {@link #level()} of the version this build writes. */
    static final int LEVEL = level(VERSION, MINOR);

    public SessionHeader {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(kernel, "kernel");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(lang, "lang");
    }

    /** The format version as people write it, e.g. {@code 1.1}. */
    public String formatVersion() {
        return version + "." + minor;
    }

    /**
     * The version as one number that grows with every version, which the reader keys its
     * decisions on: the minor version for 1.x (1.0 to 1.{@value #LAST_MINOR_OF_1}), then 5 for
     * 2.0, 6 for 2.1 and so on. A file of a minor version newer than this build knows is read as
     * the newest it knows of that major version (what it does not know skipped): a 1.9 file as
     * 1.{@value #LAST_MINOR_OF_1}, every field required and never as compact lines; a 2.9 file as
     * {@value #VERSION}.{@value #MINOR}.
     */
    public int level() {
        return level(version, minor);
    }

    private static int level(int version, int minor) {
        int known = Math.min(minor, knownMinor(version));
        return version == 1 ? known : LAST_MINOR_OF_1 + 1 + known;
    }

    /** The newest minor version of major version {@code version} (1 or {@value #VERSION}) that this build knows. */
    public static int knownMinor(int version) {
        return version == 1 ? LAST_MINOR_OF_1 : MINOR;
    }

    /** A header for a recording starting now on this machine. */
    public static SessionHeader create(String title, String scenario, String lang) {
        return new SessionHeader(FORMAT, VERSION, MINOR, appVersion(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                System.getProperty("os.version"),
                Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
                Objects.requireNonNull(title, "title"),
                Objects.requireNonNull(scenario, "scenario"),
                Objects.requireNonNull(lang, "lang"));
    }

    /** This build's version: from the Maven-filtered resource, else the jar manifest, else "dev". */
    public static String appVersion() {
        try (InputStream in = SessionHeader.class.getResourceAsStream("sockscope-version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled version resource", e);
        }
        String v = SessionHeader.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
