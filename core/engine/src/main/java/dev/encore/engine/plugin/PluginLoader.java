package dev.encore.engine.plugin;

import dev.encore.spi.AgentFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the agents of plugin jars and folders. A location is a plugin jar, a folder whose jars are each a plugin and
 * whose sub-folders are each a plugin made of the jars in it, or both. Each plugin gets a class loader of its own that
 * sees the SPI and the JDK only, and its agent factories are found with {@link ServiceLoader}.
 *
 * <p>Nothing about a plugin stops the others from loading: a missing location, a file that is not a jar, a plugin
 * without agent, a factory that throws or a name already taken becomes a {@link PluginFailure} with the reason.
 */
public final class PluginLoader {

    static final String SERVICE_FILE = "META-INF/services/" + AgentFactory.class.getName();

    /** More agent factories than any plugin lists. */
    private static final int MAX_PROVIDERS = 10_000;

    private PluginLoader() {
    }

    /** Loads every plugin found at the locations, in order (within a folder, by file name). */
    public static AgentRegistry load(List<Path> locations) {
        List<LoadedAgent> agents = new ArrayList<>();
        List<PluginFailure> failures = new ArrayList<>();
        for (Path location : locations) {
            for (PluginSource source : sources(location.toAbsolutePath().normalize(), failures)) {
                loadPlugin(source, agents, failures);
            }
        }
        return new AgentRegistry(agents, failures);
    }

    /** A plugin to load: where it was found and the jars on its class path. */
    private record PluginSource(Path location, List<Path> jars) {
    }

    private static List<PluginSource> sources(Path location, List<PluginFailure> failures) {
        if (Files.isRegularFile(location)) {
            return List.of(new PluginSource(location, List.of(location)));
        }
        if (!Files.isDirectory(location)) {
            failures.add(new PluginFailure(location, "no such file or folder"));
            return List.of();
        }
        List<Path> entries = list(location, failures);
        List<PluginSource> sources = new ArrayList<>();
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                List<Path> jars = list(entry, failures).stream().filter(PluginLoader::isJarFile).toList();
                if (jars.isEmpty()) {
                    failures.add(new PluginFailure(entry, "holds no jar: a plugin folder holds the plugin's jars"));
                } else {
                    sources.add(new PluginSource(entry, jars));
                }
            } else if (isJarFile(entry)) {
                sources.add(new PluginSource(entry, List.of(entry)));
            }
        }
        if (entries.stream().noneMatch(entry -> Files.isDirectory(entry) || isJarFile(entry))) {
            failures.add(new PluginFailure(location, "holds no plugin: no .jar file and no folder of jars in it"));
        }
        return sources;
    }

    /** The entries of a folder by name, hidden ones left out. */
    private static List<Path> list(Path folder, List<PluginFailure> failures) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(entry -> !entry.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            failures.add(new PluginFailure(folder, "cannot be read: " + describe(e)));
            return List.of();
        }
    }

    private static boolean isJarFile(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar");
    }

    private static void loadPlugin(PluginSource source, List<LoadedAgent> agents, List<PluginFailure> failures) {
        for (Path jar : source.jars()) {
            String problem = jarProblem(jar);
            if (problem != null) {
                String where = jar.equals(source.location()) ? "" : jar.getFileName() + " ";
                failures.add(new PluginFailure(source.location(), where + problem));
                return;
            }
        }
        PluginClassLoader loader;
        try {
            loader = new PluginClassLoader(source.location().toString(), source.jars(),
                    AgentFactory.class.getClassLoader());
        } catch (IOException e) {
            failures.add(new PluginFailure(source.location(), "cannot be opened: " + describe(e)));
            return;
        }
        Plugin plugin = new Plugin(source.location(), source.jars(), loader);
        List<PluginFailure> pluginFailures = new ArrayList<>();
        List<LoadedAgent> found = discover(plugin, pluginFailures);
        if (found.isEmpty() && pluginFailures.isEmpty()) {
            pluginFailures.add(new PluginFailure(source.location(), "holds no agent: no " + SERVICE_FILE
                    + " lists an implementation of " + AgentFactory.class.getName()));
        }
        if (found.isEmpty()) {
            close(loader);
        }
        agents.addAll(found);
        failures.addAll(pluginFailures);
    }

    /** Why {@code jar} cannot be used, or null when it opens as a jar. */
    private static String jarProblem(Path jar) {
        try {
            new JarFile(jar.toFile()).close();
            return null;
        } catch (IOException | SecurityException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return "is not a jar (" + reason + ")";
        }
    }

    /** Every factory the plugin lists, each created and read inside the plugin's class loader. */
    private static List<LoadedAgent> discover(Plugin plugin, List<PluginFailure> failures) {
        List<LoadedAgent> found = new ArrayList<>();
        ClassLoader loader = plugin.classLoader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            Iterator<AgentFactory> factories = ServiceLoader.load(AgentFactory.class, loader).iterator();
            // after a failure the iterator moves on to the next provider; the bound only guards against one that
            // would fail forever in the same place
            for (int attempt = 0; attempt < MAX_PROVIDERS; attempt++) {
                AgentFactory factory;
                try {
                    if (!factories.hasNext()) {
                        break;
                    }
                    factory = factories.next();
                } catch (ServiceConfigurationError | LinkageError e) {
                    failures.add(new PluginFailure(plugin.location(), "an agent factory failed to load: "
                            + describeServiceError(e)));
                    continue;
                }
                agent(factory, plugin, failures).ifPresent(found::add);
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
        return found;
    }

    private static Optional<LoadedAgent> agent(AgentFactory factory, Plugin plugin, List<PluginFailure> failures) {
        String type = factory.getClass().getName();
        LoadedAgent agent;
        try {
            agent = new LoadedAgent(factory, plugin);
        } catch (RuntimeException | LinkageError | ExitCalledError e) {
            failures.add(new PluginFailure(plugin.location(), "agent factory " + type + " failed: " + describe(e)));
            return Optional.empty();
        }
        String problem = AgentDeclaration.problem(agent);
        if (problem != null) {
            failures.add(new PluginFailure(plugin.location(), "agent factory " + type + " " + problem));
            return Optional.empty();
        }
        return Optional.of(agent);
    }

    /** A service error's message without the service name the JDK puts first, and its cause. */
    private static String describeServiceError(Throwable error) {
        String message = String.valueOf(error.getMessage());
        String prefix = AgentFactory.class.getName() + ": ";
        if (message.startsWith(prefix)) {
            message = message.substring(prefix.length());
        }
        if (!(error instanceof ServiceConfigurationError)) {
            message = describe(error);
        }
        Throwable cause = error.getCause();
        return cause == null ? message : message + ": " + describe(cause);
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        String type = error.getClass().getSimpleName();
        return message == null ? type : type + ": " + message;
    }

    private static void close(PluginClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            // nothing of the plugin is used any more: a jar that does not close only keeps a file handle
        }
    }
}
