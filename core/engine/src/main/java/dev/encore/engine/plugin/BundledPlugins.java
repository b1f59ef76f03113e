package dev.encore.engine.plugin;

import dev.encore.engine.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The built-in plugins a jar that runs without a distribution carries (the Spark application jar, which
 * {@code spark-submit} runs with no {@code encore.home}): a zip of plugin jars among its resources. The plugin loader
 * reads jars from a folder, one class loader each, so the zip is unpacked once per JVM into a temporary folder,
 * deleted when the JVM exits, that then serves as the distribution's {@code plugins/}.
 */
final class BundledPlugins {

    /** The resource: a zip laid out as a plugin folder (jars, and folders of jars). */
    static final String RESOURCE = "encore/built-in-plugins.zip";

    private static Optional<Path> unpacked;

    private BundledPlugins() {
    }

    /** The folder the plugins of Encore's own jar are unpacked in, the first time it is asked for; empty without any. */
    static synchronized Optional<Path> folder() {
        if (unpacked == null) {
            unpacked = unpackDeletedAtExit(BundledPlugins.class.getClassLoader());
        }
        return unpacked;
    }

    /**
     * Unpacks the plugins {@code loader} finds at {@link #RESOURCE} into a new temporary folder, deleted when the JVM
     * exits; empty when it finds none.
     *
     * @throws UserError when they cannot be unpacked (a full disk, a temporary folder that cannot be written)
     */
    static Optional<Path> unpackDeletedAtExit(ClassLoader loader) {
        try (InputStream zip = loader.getResourceAsStream(RESOURCE)) {
            if (zip == null) {
                return Optional.empty();
            }
            Path folder = Files.createTempDirectory("encore-plugins-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder), "delete " + folder));
            unpack(zip, folder);
            return Optional.of(folder);
        } catch (IOException e) {
            throw new UserError("cannot unpack the built-in plugins (" + RESOURCE + " of Encore's jar) into a "
                    + "temporary folder: " + e.getMessage(), e);
        }
    }

    private static void unpack(InputStream zip, Path folder) throws IOException {
        try (ZipInputStream in = new ZipInputStream(zip)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = folder.resolve(entry.getName()).normalize();
                if (!target.startsWith(folder) || target.equals(folder)) {
                    throw new IOException("its entry " + entry.getName() + " is outside the folder");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temporary folder left behind harms nothing
        }
    }
}
