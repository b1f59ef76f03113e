package dev.encore.engine.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.spi.AgentFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Real plugin jars for tests: sources compiled against the SPI alone, packed with a service file. */
final class PluginJars {

    private PluginJars() {
    }

    /**
     * Compiles {@code sources} (class name to source text) into {@code classes}, with nothing but the SPI on the
     * class path, as a plugin author's build does.
     */
    static void compile(Path classes, Map<String, String> sources) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, text) -> units.add(new Source(name, text)));
        Files.createDirectories(classes);
        StringWriter errors = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-d", classes.toString(),
                    "-classpath", spiLocation().toString());
            Boolean ok = compiler.getTask(errors, files, null, options, null, units).call();
            assertThat(ok).as("compilation of test plugins: %s", errors).isTrue();
        }
    }

    /**
     * Packs the classes of {@code packages} into a jar that lists {@code factories} in its service file (no service
     * file when there is no factory).
     */
    static Path jar(Path jar, Path classes, List<String> packages, List<String> factories) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        try (OutputStream out = Files.newOutputStream(jar);
             JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            for (String packageName : packages) {
                Path folder = classes.resolve(packageName.replace('.', '/'));
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.sorted().toList()) {
                        jarOut.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                        jarOut.write(Files.readAllBytes(file));
                        jarOut.closeEntry();
                    }
                }
            }
            if (!factories.isEmpty()) {
                jarOut.putNextEntry(new JarEntry(PluginLoader.SERVICE_FILE));
                jarOut.write((String.join("\n", factories) + "\n").getBytes(StandardCharsets.UTF_8));
                jarOut.closeEntry();
            }
        }
        return jar;
    }

    /** Where the SPI's classes are: a folder in a reactor build, a jar otherwise. */
    static Path spiLocation() {
        try {
            return Path.of(AgentFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Source extends SimpleJavaFileObject {

        private final String text;

        Source(String className, String text) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension),
                    Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
