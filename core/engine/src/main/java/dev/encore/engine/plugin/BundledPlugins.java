package dev.encore.engine.plugin;

import dev.encore.engine.Sha256;
import dev.encore.engine.UserError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The built-in plugins a jar that runs without a distribution carries (the Spark application jar, which
 * {@code spark-submit} runs with no {@code encore.home}): a zip of plugin jars among its resources. The plugin loader
 * reads jars from a folder, one class loader each, so the zip is unpacked into a folder of the user's cache named by
 * the zip's digest. The same jar thus always gives the same folder, which a run records its plugin jars by and
 * resumes only with; another build of the plugins gets a folder of its own, and drivers started at once share one.
 */
final class BundledPlugins {

    /** The resource: a zip laid out as a plugin folder (jars, and folders of jars). */
    static final String RESOURCE = "encore/built-in-plugins.zip";

    /** The system property naming the cache folder; {@code ~/.cache/encore} when not set. */
    static final String CACHE_PROPERTY = "encore.cache";

    private static final String FOLDER_PREFIX = "built-in-plugins-";
    private static final int DIGEST_CHARACTERS = 16;

    private static Optional<Path> unpacked;

    private BundledPlugins() {
    }

    /** The folder the plugins of Encore's own jar are unpacked in, the first time it is asked for; empty without any. */
    static synchronized Optional<Path> folder() {
        if (unpacked == null) {
            unpacked = unpack(BundledPlugins.class.getClassLoader(), cache());
        }
        return unpacked;
    }

    /**
     * The folder of {@code cache} that holds the plugins {@code loader} finds at {@link #RESOURCE}, unpacked unless an
     * earlier run did; empty when it finds none.
     *
     * @throws UserError when they cannot be unpacked (a cache folder that cannot be written, a full disk)
     */
    static Optional<Path> unpack(ClassLoader loader, Path cache) {
        byte[] zip;
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            zip = in.readAllBytes();
        } catch (IOException e) {
            throw new UserError("cannot read the built-in plugins (" + RESOURCE + " of Encore's jar): "
                    + e.getMessage(), e);
        }
        String name = FOLDER_PREFIX + Sha256.of(zip).substring(0, DIGEST_CHARACTERS);
        Path folder = cache.toAbsolutePath().normalize().resolve(name);
        if (Files.isDirectory(folder)) {
            return Optional.of(folder);
        }
        try {
            Files.createDirectories(folder.getParent());
            // unpacked aside and renamed at once: a driver started at the same time never sees half a folder
            Path staging = Files.createTempDirectory(folder.getParent(), "." + name + "-");
            try {
                unpack(zip, staging);
                Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!Files.isDirectory(folder)) {
                    throw e;
                }
                // another driver unpacked the same plugins first
            } finally {
                delete(staging);
            }
            return Optional.of(folder);
        } catch (IOException e) {
            throw new UserError("cannot unpack the built-in plugins (" + RESOURCE + " of Encore's jar) into " + folder
                    + ": " + e.getMessage() + (e instanceof ZipException ? ""
                    : "; name a folder you can write with -D" + CACHE_PROPERTY + "=DIR"), e);
        }
    }

    private static Path cache() {
        String cache = System.getProperty(CACHE_PROPERTY);
        return cache == null || cache.isBlank() ? Path.of(System.getProperty("user.home"), ".cache", "encore")
                : Path.of(cache);
    }

    private static void unpack(byte[] zip, Path folder) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = folder.resolve(entry.getName()).normalize();
                if (!target.startsWith(folder) || target.equals(folder)) {
                    throw new ZipException("its entry " + entry.getName() + " is outside the folder");
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
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a staging folder left behind harms nothing: it is hidden and never used
        }
    }
}
