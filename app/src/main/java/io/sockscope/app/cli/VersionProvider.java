package io.sockscope.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The Maven project version, from a resource filtered at build time. */
public final class VersionProvider implements IVersionProvider {
    private static final String RESOURCE = "version.properties";

    /** The version, e.g. {@code 0.1.0}. */
    public static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            Properties props = new Properties();
            props.load(in);
            String v = props.getProperty("version", "");
            if (v.isBlank() || v.startsWith("${")) {
                throw new IllegalStateException(RESOURCE + " was not filtered by the build");
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"sockscope " + version()};
    }
}
