package dev.encore.engine.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The class loader of one plugin. It sees the JDK (through the platform class loader), the SPI package
 * {@code dev.encore.spi} (through Encore's own loader, so that plugin and host share one {@code AgentFactory}
 * type) and the plugin's own jars; nothing else of the host but {@link ExitGuard}, which its classes call instead of
 * {@code System.exit} and {@code Runtime.exit/halt} once {@link ExitCalls} has rewritten them as they are defined. A
 * plugin may therefore bundle any library, in any version, even one Encore itself uses, and cannot end the run.
 */
final class PluginClassLoader extends URLClassLoader {

    private static final String SPI_PACKAGE = "dev.encore.spi.";
    private static final String SPI_RESOURCES = SPI_PACKAGE.replace('.', '/');

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader spiLoader;
    /** The plugin's jars, in class path order, open while the loader is: its classes are read from them. */
    private final List<JarFile> jars = new ArrayList<>();
    private final List<URL> jarUrls = new ArrayList<>();

    /**
     * @param name shown in stack traces: the plugin's location
     * @param jars the plugin's jars
     * @param spiLoader the loader that holds the SPI classes Encore itself uses
     * @throws IOException when a jar cannot be opened
     */
    PluginClassLoader(String name, List<Path> jars, ClassLoader spiLoader) throws IOException {
        super(name, urls(jars), ClassLoader.getPlatformClassLoader());
        this.spiLoader = spiLoader;
        try {
            for (Path jar : jars) {
                this.jars.add(new JarFile(jar.toFile()));
                this.jarUrls.add(jar.toUri().toURL());
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(SPI_PACKAGE)) {
            return spiLoader.loadClass(name);
        }
        if (name.equals(ExitGuard.class.getName())) {
            return ExitGuard.class;
        }
        // the JDK first (platform loader), then the plugin's jars: URLClassLoader's own order
        return super.loadClass(name, resolve);
    }

    /** The class from the first jar that holds it, its exit calls guarded. */
    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String entryName = name.replace('.', '/') + ".class";
        for (int i = 0; i < jars.size(); i++) {
            JarEntry entry = jars.get(i).getJarEntry(entryName);
            if (entry != null) {
                return define(name, jars.get(i), entry, jarUrls.get(i));
            }
        }
        throw new ClassNotFoundException(name);
    }

    private Class<?> define(String name, JarFile jar, JarEntry entry, URL jarUrl) throws ClassNotFoundException {
        byte[] classFile;
        try (InputStream in = jar.getInputStream(entry)) {
            classFile = in.readAllBytes();
            definePackageOf(name, jar, jarUrl);
        } catch (IOException e) {
            throw new ClassNotFoundException(name + " cannot be read from " + jar.getName() + ": " + e.getMessage(), e);
        }
        byte[] guarded = ExitCalls.guard(name, classFile);
        // the signers are known once the entry was read to its end
        return defineClass(name, guarded, 0, guarded.length, new CodeSource(jarUrl, entry.getCodeSigners()));
    }

    /** Defines the class's package from its jar's manifest (version, vendor), as URLClassLoader does. */
    private void definePackageOf(String className, JarFile jar, URL jarUrl) throws IOException {
        int dot = className.lastIndexOf('.');
        if (dot < 0) {
            return;
        }
        String packageName = className.substring(0, dot);
        if (getDefinedPackage(packageName) != null) {
            return;
        }
        Manifest manifest = jar.getManifest();
        try {
            if (manifest != null) {
                definePackage(packageName, manifest, jarUrl);
            } else {
                definePackage(packageName, null, null, null, null, null, null, null);
            }
        } catch (IllegalArgumentException e) {
            // another thread defined it meanwhile: this loader is parallel capable
        }
    }

    @Override
    public URL getResource(String name) {
        return name.startsWith(SPI_RESOURCES) ? spiLoader.getResource(name) : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return name.startsWith(SPI_RESOURCES) ? spiLoader.getResources(name) : super.getResources(name);
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (JarFile jar : jars) {
            try {
                jar.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        super.close();
        if (failure != null) {
            throw failure;
        }
    }

    private static URL[] urls(List<Path> jars) {
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = jars.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException("a file path is always a URL: " + jars.get(i), e);
            }
        }
        return urls;
    }
}
