package jixiao.app;

import picocli.CommandLine.IVersionProvider;

/** {@code jixiao --version}: the program's version and the Java runtime running it. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {
            "jixiao " + (version == null ? "(development build)" : version),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
                    + System.getProperty("java.home") + ")"};
    }
}
