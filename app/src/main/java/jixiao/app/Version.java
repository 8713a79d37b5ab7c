package jixiao.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code jixiao --version}: the program's version, the commit it was built from, and the Java
 * runtime running it. Maven writes the first two into {@code build.properties}; a build that did
 * not filter it (an IDE's) says "unknown" rather than print a placeholder.
 */
final class Version implements IVersionProvider {

    private static final String UNKNOWN = "unknown";

    @Override
    public String[] getVersion() {
        Properties build = build();
        return new String[] {
            "jixiao " + value(build, "version") + " (commit " + value(build, "commit") + ")",
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
                    + System.getProperty("java.home") + ")"};
    }

    private static String value(Properties build, String key) {
        String value = build.getProperty(key, "");
        return value.isBlank() || value.startsWith("${") ? UNKNOWN : value;
    }

    private static Properties build() {
        Properties build = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return build;
    }
}
