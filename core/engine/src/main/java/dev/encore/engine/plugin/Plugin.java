package dev.encore.engine.plugin;

import java.nio.file.Path;
import java.util.List;

/**
 * Where agents came from: a plugin jar, or a folder of jars, loaded in a class loader of its own.
 *
 * @param location the jar or folder as found
 * @param jars the jars on the plugin's class path
 * @param classLoader the loader its classes live in: sees the SPI and the JDK, nothing else of the host
 */
public record Plugin(Path location, List<Path> jars, ClassLoader classLoader) {

    public Plugin {
        jars = List.copyOf(jars);
    }
}
