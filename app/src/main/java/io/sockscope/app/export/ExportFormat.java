package io.sockscope.app.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The export formats, each named by its usual file extension. */
public enum ExportFormat {
    SVG, PNG, GIF, MP4, PUML, MMD;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the animated formats (the replay). */
    public boolean animated() {
        return this == GIF || this == MP4;
    }

    /** The format called {@code name} (any case). */
    public static ExportFormat parse(String name) {
        for (ExportFormat f : values()) {
            if (f.extension().equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        throw new ExportException("unknown format '" + name + "': use one of " + names());
    }

    /** The format a file's extension names. */
    public static ExportFormat of(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            throw new ExportException(file + ": no extension to tell the format by: add --format (" + names() + ")");
        }
        String ext = name.substring(dot + 1);
        for (ExportFormat f : values()) {
            if (f.extension().equalsIgnoreCase(ext)) {
                return f;
            }
        }
        throw new ExportException(file + ": unknown format '." + ext + "': use one of " + names() + " or --format");
    }

    static String names() {
        return Arrays.stream(values()).map(ExportFormat::extension).collect(Collectors.joining(", "));
    }
}
