package dev.encore.engine.report;

import dev.encore.engine.Sha256;
import dev.encore.engine.plugin.Plugin;
import dev.encore.engine.spec.AgentChoice;
import dev.encore.engine.spec.Experiment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What a run needs to be redone and trusted: the Encore version, the Java runtime and operating system, and every
 * plugin jar the experiment's agents came from, with its SHA-256.
 *
 * @param encoreVersion the engine's version
 * @param java the Java runtime
 * @param os the operating system
 * @param cores the processors Java sees
 * @param jars every jar of the agents' plugins
 */
public record Provenance(String encoreVersion, String java, String os, int cores, List<PluginJar> jars) {

    /**
     * A plugin's jar.
     *
     * @param plugin the plugin's location (a jar or a folder)
     * @param jar the jar, or null for a plugin loaded from the class path
     * @param sha256 its SHA-256 in hex, or why it could not be read
     */
    public record PluginJar(Path plugin, Path jar, String sha256) {
    }

    public static Provenance of(Experiment experiment) {
        return new Provenance(readEncoreVersion(),
                System.getProperty("java.vendor") + " " + System.getProperty("java.version") + " ("
                        + System.getProperty("java.vm.name") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(),
                jars(experiment));
    }

    /** The version Maven wrote into the engine's resources. */
    static String readEncoreVersion() {
        Properties properties = new Properties();
        try (InputStream in = Provenance.class.getResourceAsStream("/dev/encore/engine/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }

    private static List<PluginJar> jars(Experiment experiment) {
        Map<Path, Plugin> plugins = new LinkedHashMap<>();
        for (AgentChoice choice : experiment.agents()) {
            plugins.putIfAbsent(choice.agent().plugin().location(), choice.agent().plugin());
        }
        List<PluginJar> jars = new ArrayList<>();
        for (Plugin plugin : plugins.values()) {
            if (plugin.jars().isEmpty()) {
                jars.add(new PluginJar(plugin.location(), null, ""));
            }
            for (Path jar : plugin.jars()) {
                jars.add(new PluginJar(plugin.location(), jar, sha256(jar)));
            }
        }
        return jars;
    }

    private static String sha256(Path file) {
        try {
            return Sha256.of(file);
        } catch (IOException e) {
            return "unreadable: " + e.getMessage();
        }
    }
}
