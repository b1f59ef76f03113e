package dev.encore.engine.plugin;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Enumeration;

/**
 * The class loader of one plugin. It sees the JDK (through the platform class loader), the SPI package
 * {@code dev.encore.spi} (through Encore's own loader, so that plugin and host share one {@code AgentFactory}
 * type) and the plugin's own jars; nothing else of the host. A plugin may therefore bundle any library, in any
 * version, even one Encore itself uses.
 */
final class PluginClassLoader extends URLClassLoader {

    private static final String SPI_PACKAGE = "dev.encore.spi.";
    private static final String SPI_RESOURCES = SPI_PACKAGE.replace('.', '/');

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader spiLoader;

    /**
     * @param name shown in stack traces: the plugin's location
     * @param jars the plugin's jars
     * @param spiLoader the loader that holds the SPI classes Encore itself uses
     */
    PluginClassLoader(String name, URL[] jars, ClassLoader spiLoader) {
        super(name, jars, ClassLoader.getPlatformClassLoader());
        this.spiLoader = spiLoader;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(SPI_PACKAGE)) {
            return spiLoader.loadClass(name);
        }
        // the JDK first (platform loader), then the plugin's jars: URLClassLoader's own order
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        return name.startsWith(SPI_RESOURCES) ? spiLoader.getResource(name) : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return name.startsWith(SPI_RESOURCES) ? spiLoader.getResources(name) : super.getResources(name);
    }
}
