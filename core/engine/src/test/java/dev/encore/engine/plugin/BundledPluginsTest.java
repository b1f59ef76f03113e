package dev.encore.engine.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encore.engine.UserError;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledPluginsTest {

    @TempDir
    static Path build;

    @TempDir
    Path folder;

    private static Path classes;

    @BeforeAll
    static void compilePlugins() throws IOException {
        classes = build.resolve("classes");
        PluginJars.compile(classes, Map.of(
                "org.example.first.FirstFactory", factory("first"),
                "org.example.second.SecondFactory", factory("second")));
    }

    @Test
    void theJarsPluginsAreUnpackedIntoAFolderAndLoadedEachInAClassLoaderOfItsOwn() throws IOException {
        Path first = PluginJars.jar(build.resolve("first.jar"), classes, List.of("org.example.first"),
                List.of("org.example.first.FirstFactory"));
        Path second = PluginJars.jar(build.resolve("second.jar"), classes, List.of("org.example.second"),
                List.of("org.example.second.SecondFactory"));
        Map<String, byte[]> zipped = new LinkedHashMap<>();
        zipped.put("encore-plugin-first.jar", Files.readAllBytes(first));
        zipped.put("encore-plugin-second.jar", Files.readAllBytes(second));
        Path application = applicationJar(zip(zipped));

        Optional<Path> unpacked = unpack(application);

        assertThat(unpacked).isPresent();
        assertThat(unpacked.get().getParent()).isEqualTo(cache());
        assertThat(unpacked.get().getFileName().toString()).matches("built-in-plugins-[0-9a-f]{16}");
        assertThat(unpacked.get().resolve("encore-plugin-first.jar")).hasSameBinaryContentAs(first);
        assertThat(unpacked.get().resolve("encore-plugin-second.jar")).hasSameBinaryContentAs(second);
        AgentRegistry registry = PluginLoader.load(List.of(unpacked.get()));
        assertThat(registry.failures()).isEmpty();
        assertThat(registry.agents()).extracting(LoadedAgent::name).containsExactly("first", "second");
        assertThat(registry.get("first").plugin().classLoader())
                .isNotSameAs(registry.get("second").plugin().classLoader());
        assertThat(AgentListing.render(registry)).startsWith("2 agents:")
                .contains("from " + unpacked.get().resolve("encore-plugin-second.jar"));
    }

    @Test
    void theSamePluginsAreUnpackedOnceIntoTheSameFolderAndOthersIntoAnother() throws IOException {
        Path application = applicationJar(zip(Map.of("encore-plugin-one.jar", new byte[] {1})));
        Path folder = unpack(application).orElseThrow();
        Files.writeString(folder.resolve("left-by-the-first-run.txt"), "kept");

        assertThat(unpack(application)).contains(folder);
        assertThat(folder.resolve("left-by-the-first-run.txt")).exists();

        Path rebuilt = applicationJar(zip(Map.of("encore-plugin-one.jar", new byte[] {2})));
        Path other = unpack(rebuilt).orElseThrow();
        assertThat(other).isNotEqualTo(folder);
        assertThat(other.resolve("encore-plugin-one.jar")).hasBinaryContent(new byte[] {2});
        assertThat(folder.resolve("encore-plugin-one.jar")).hasBinaryContent(new byte[] {1});
    }

    @Test
    void aJarWithoutBuiltInPluginsHasNone() throws IOException {
        Path application = folder.resolve("other.jar");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(application))) {
            out.putNextEntry(new ZipEntry("encore/other.txt"));
            out.closeEntry();
        }
        assertThat(unpack(application)).isEmpty();
        assertThat(cache()).doesNotExist();
    }

    @Test
    void anEntryOutsideTheFolderIsRefused() throws IOException {
        Path application = applicationJar(zip(Map.of("../escaped.jar", new byte[] {1})));
        assertThatThrownBy(() -> unpack(application)).isInstanceOf(UserError.class)
                .hasMessageStartingWith("cannot unpack the built-in plugins")
                .hasMessageEndingWith("its entry ../escaped.jar is outside the folder");
        assertThat(cache()).isEmptyDirectory();
    }

    /** The plugins the jar carries, unpacked by a class loader that sees nothing but the jar. */
    private Optional<Path> unpack(Path application) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {application.toUri().toURL()}, null)) {
            return BundledPlugins.unpack(loader, cache());
        }
    }

    private Path cache() {
        return folder.resolve("cache");
    }

    /** The built-in plugins' zip: each entry name to what it holds. */
    private byte[] zip(Map<String, byte[]> entries) throws IOException {
        Path zip = folder.resolve("plugins.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return Files.readAllBytes(zip);
    }

    /** A jar holding the zip where Encore's jar holds its built-in plugins. */
    private Path applicationJar(byte[] plugins) throws IOException {
        Path jar = Files.createTempFile(folder, "application-", ".jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry(BundledPlugins.RESOURCE));
            out.write(plugins);
            out.closeEntry();
        }
        return jar;
    }

    private static String factory(String name) {
        String className = Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Factory";
        return """
                package org.example.%s;

                import dev.encore.spi.Agent;
                import dev.encore.spi.AgentContext;
                import dev.encore.spi.AgentFactory;
                import dev.encore.spi.Candidates;

                public class %s implements AgentFactory {
                    @Override public String name() { return "%s"; }
                    @Override public String description() { return "the %s agent"; }
                    @Override public Agent create(AgentContext context) {
                        return new Agent() {
                            @Override public void recommend(Candidates candidates, int[] slate, int slateSize) { }
                            @Override public void learn(Candidates candidates, int[] slate, double[] rewards,
                                                        int slateSize) { }
                        };
                    }
                }
                """.formatted(name, className, name, name);
    }
}
