package dev.encore.spark;

import dev.encore.engine.spec.EnvironmentSpec;
import dev.encore.engine.spec.ExperimentSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The files a run's executors need and may not see where the driver does: the plugins the agents were found in and
 * the files the environment's settings name (a listening log), packed into one zip that Spark ships to every
 * executor. The spec the executors get names them inside the zip, so that it resolves the same once unpacked.
 */
final class RunFiles {

    private static final String PLUGINS = "plugins";
    private static final String FILES = "files";

    private RunFiles() {
    }

    /**
     * Writes the zip and returns the spec as the executors see it: plugin location {@code i} is the folder
     * {@code plugins/i}, holding what the plugin loader reads there (the jar, or the folder's jars and folders of
     * jars); each file an environment setting names is {@code files/j/<its name>}.
     *
     * @param pluginLocations every place the driver loaded plugins from, in its order
     * @param fileSettings the environment settings that name files
     */
    static ExperimentSpec pack(ExperimentSpec spec, List<Path> pluginLocations, List<String> fileSettings, Path zip) {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            List<String> plugins = new ArrayList<>();
            for (int i = 0; i < pluginLocations.size(); i++) {
                String folder = PLUGINS + "/" + String.format(Locale.ROOT, "%03d", i);
                out.putNextEntry(new ZipEntry(folder + "/"));
                addPlugins(pluginLocations.get(i).toAbsolutePath().normalize(), folder, out);
                plugins.add(folder);
            }
            Map<String, String> shipped = new LinkedHashMap<>();
            Map<String, Object> settings = new LinkedHashMap<>(spec.environment().settings());
            for (String setting : fileSettings) {
                Object value = settings.get(setting);
                if (value instanceof List<?> sweep) {
                    settings.put(setting, sweep.stream().map(file -> ship(file, shipped, out)).toList());
                } else if (value != null) {
                    settings.put(setting, ship(value, shipped, out));
                }
            }
            return new ExperimentSpec(spec.name(), spec.seed(), spec.episodes(), spec.steps(), spec.slate(),
                    new EnvironmentSpec(spec.environment().type(), settings), spec.rewards(), spec.agents(), plugins,
                    spec.points());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack the run's files into " + zip + ": " + e.getMessage(), e);
        }
    }

    /**
     * Unpacks the zip into {@code folder} and returns the spec with its plugin locations there; the environment's
     * files are relative to {@code folder}, where the spec is to be resolved as if it were read from it.
     */
    static ExperimentSpec unpack(ExperimentSpec shipped, Path zip, Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new IOException("entry " + entry.getName() + " is outside the folder");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + zip + " into " + root + ": " + e.getMessage(), e);
        }
        return new ExperimentSpec(shipped.name(), shipped.seed(), shipped.episodes(), shipped.steps(),
                shipped.slate(), shipped.environment(), shipped.rewards(), shipped.agents(),
                shipped.plugins().stream().map(plugin -> root.resolve(plugin).toString()).toList(), shipped.points());
    }

    private static void addPlugins(Path location, String folder, ZipOutputStream out) throws IOException {
        if (Files.isRegularFile(location)) {
            add(location, folder + "/" + location.getFileName(), out);
        } else if (Files.isDirectory(location)) {
            for (Path entry : sorted(location)) {
                if (Files.isDirectory(entry)) {
                    for (Path jar : sorted(entry)) {
                        if (isJar(jar)) {
                            add(jar, folder + "/" + entry.getFileName() + "/" + jar.getFileName(), out);
                        }
                    }
                } else if (isJar(entry)) {
                    add(entry, folder + "/" + entry.getFileName(), out);
                }
            }
        }
        // a location that is missing stays an empty folder: the executors' loader then fails it as the driver's did
    }

    /** The name in the zip of the file {@code value} names, shipping it once; any other value as it is. */
    private static Object ship(Object value, Map<String, String> shipped, ZipOutputStream out) {
        if (!(value instanceof String file) || file.isEmpty()) {
            return value;
        }
        String name = shipped.get(file);
        if (name == null) {
            Path path = Path.of(file);
            name = FILES + "/" + String.format(Locale.ROOT, "%03d", shipped.size()) + "/" + path.getFileName();
            try {
                add(path, name, out);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot ship " + file + " to the executors: " + e.getMessage(), e);
            }
            shipped.put(file, name);
        }
        return name;
    }

    private static void add(Path file, String name, ZipOutputStream out) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(out);
        }
        out.closeEntry();
    }

    private static List<Path> sorted(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
    }

    private static boolean isJar(Path file) {
        return Files.isRegularFile(file) && file.getFileName().toString().endsWith(".jar");
    }
}
