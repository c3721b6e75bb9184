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
 * @param version  major format version ({@value #VERSION}); a reader refuses a newer major version
 * @param minor    minor format version: each minor version only adds fields or event types, so any
 *                 1.x reader reads any 1.y file and skips (and counts) what it does not know;
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
    /** The major format version this build writes, and the only one it reads. */
    public static final int VERSION = 1;
    /**
     * The minor format version this build writes: 1.0 is the original format (no {@code minor}
     * field), 1.1 added {@code minor} to the header, 1.2 a note's Chinese text ({@code zh}),
     * {@code open.pid} and {@code open.program}, the {@code state} event and {@code queues.drops},
     * 1.3 a note's {@code question}, 1.4 {@code open.copyOf} and {@code open.thread}, 1.5 compact
     * lines (no {@code seq}, {@code dt} for {@code t}, fields equal to their defaults left out,
     * a payload stored whole as a base64 string).
     * Raise it when a field or event type is added.
     */
    public static final int MINOR = 5;

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
