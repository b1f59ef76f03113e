package dev.encore.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code encore --version}: the version the command's jar was built as. */
final class EncoreVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = EncoreVersion.class.getPackage().getImplementationVersion();
        return new String[] {"Encore " + (version == null ? "(development build)" : version),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
