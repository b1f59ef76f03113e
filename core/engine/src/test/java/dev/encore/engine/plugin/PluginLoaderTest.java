package dev.encore.engine.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encore.engine.UserError;
import dev.encore.engine.params.ParameterBinder;
import dev.encore.spi.Agent;
import dev.encore.spi.FeatureLayout;
import dev.encore.spi.AgentFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginLoaderTest {

    /** Sources of the test plugins, compiled once: each plugin in a package of its own. */
    private static final Map<String, String> SOURCES = Map.ofEntries(
            Map.entry("org.example.good.GoodFactory", factory("org.example.good", "GoodFactory", "good", """
                    @Override
                    public java.util.List<dev.encore.spi.ParameterSpec> parameters() {
                        return java.util.List.of(dev.encore.spi.ParameterSpec
                                .real("rate", 0.5, "how often").atLeast(0).atMost(1));
                    }

                    @Override
                    public Agent create(AgentContext context) {
                        if (Thread.currentThread().getContextClassLoader() != getClass().getClassLoader()) {
                            throw new IllegalStateException("not created in the plugin's context loader");
                        }
                        return new FirstCandidates();
                    }
                    """)),
            Map.entry("org.example.good.SteadyFactory", factory("org.example.good", "SteadyFactory", "steady", "")),
            Map.entry("org.example.good.FirstCandidates", """
                    package org.example.good;

                    import dev.encore.spi.Agent;
import dev.encore.spi.FeatureLayout;
                    import dev.encore.spi.Candidates;

                    public final class FirstCandidates implements Agent {
                        @Override
                        public void recommend(Candidates candidates, int[] slate, int slateSize) {
                            for (int p = 0; p < slateSize; p++) {
                                slate[p] = p;
                            }
                        }

                        @Override
                        public void learn(Candidates candidates, int[] slate, double[] rewards, int slateSize) {
                        }
                    }
                    """),
            Map.entry("org.example.boom.BoomFactory", factory("org.example.boom", "BoomFactory", "boom", """
                    public BoomFactory() {
                        throw new IllegalStateException("licence expired");
                    }
                    """)),
            Map.entry("org.example.boom.NamelessFactory", factory("org.example.boom", "NamelessFactory", "nameless", """
                    @Override
                    public String name() {
                        throw new UnsupportedOperationException("no name yet");
                    }
                    """)),
            Map.entry("org.example.odd.SpacedFactory", factory("org.example.odd", "SpacedFactory", "Spaced Out", "")),
            Map.entry("org.example.odd.SilentFactory", factory("org.example.odd", "SilentFactory", "silent", """
                    @Override
                    public String description() {
                        return " ";
                    }
                    """)),
            Map.entry("org.example.odd.LabelledFactory", factory("org.example.odd", "LabelledFactory", "labelled", """
                    @Override
                    public java.util.List<dev.encore.spi.ParameterSpec> parameters() {
                        return java.util.List.of(dev.encore.spi.ParameterSpec.text("label", "x", "clashes"));
                    }
                    """)),
            Map.entry("org.example.twin1.TwinFactory", factory("org.example.twin1", "TwinFactory", "twin", "")),
            Map.entry("org.example.twin2.TwinFactory", factory("org.example.twin2", "TwinFactory", "twin", "")),
            Map.entry("org.example.bundled.BundledFactory", factory("org.example.bundled", "BundledFactory",
                    "bundled", """
                    @Override
                    public String description() {
                        return "parses with " + org.yaml.snakeyaml.Yaml.origin();
                    }
                    """)),
            Map.entry("org.yaml.snakeyaml.Yaml", """
                    package org.yaml.snakeyaml;

                    /** The plugin's own "version" of a library the engine also uses. */
                    public final class Yaml {
                        public static String origin() {
                            return "the plugin's own Yaml";
                        }
                    }
                    """),
            Map.entry("org.example.split.SplitFactory", factory("org.example.split", "SplitFactory", "split", """
                    @Override
                    public String description() {
                        return org.example.library.Helper.greeting();
                    }
                    """)),
            Map.entry("org.example.library.Helper", """
                    package org.example.library;

                    public final class Helper {
                        public static String greeting() {
                            return "helped by a jar beside it";
                        }
                    }
                    """));

    @TempDir
    static Path build;
    private static Path classes;

    @TempDir
    Path plugins;

    @BeforeAll
    static void compilePlugins() throws IOException {
        classes = build.resolve("classes");
        PluginJars.compile(classes, SOURCES);
    }

    /** A factory named {@code name}; {@code body} adds members or replaces the default name, description or create. */
    private static String factory(String packageName, String className, String name, String body) {
        StringBuilder members = new StringBuilder(body);
        if (!body.contains("String name()")) {
            members.append("@Override public String name() { return \"").append(name).append("\"; }\n");
        }
        if (!body.contains("String description()")) {
            members.append("@Override public String description() { return \"the ").append(name)
                    .append(" agent\"; }\n");
        }
        if (!body.contains("Agent create(")) {
            members.append("@Override public Agent create(AgentContext context) { ")
                    .append("return new org.example.good.FirstCandidates(); }\n");
        }
        return """
                package %s;

                import dev.encore.spi.Agent;
import dev.encore.spi.FeatureLayout;
                import dev.encore.spi.AgentContext;
                import dev.encore.spi.AgentFactory;

                public class %s implements AgentFactory {
                %s
                }
                """.formatted(packageName, className, members.toString().indent(4));
    }

    private Path goodJar(Path folder) throws IOException {
        return PluginJars.jar(folder.resolve("good.jar"), classes, List.of("org.example.good"),
                List.of("org.example.good.GoodFactory", "org.example.good.SteadyFactory"));
    }

    @Test
    void loadsEveryAgentOfAGoodPluginInAClassLoaderOfItsOwn() throws IOException {
        Path jar = goodJar(plugins);

        AgentRegistry registry = PluginLoader.load(List.of(jar));

        assertThat(registry.failures()).isEmpty();
        assertThat(registry.agents()).extracting(LoadedAgent::name).containsExactly("good", "steady");
        LoadedAgent good = registry.get("good");
        assertThat(good.description()).isEqualTo("the good agent");
        assertThat(good.parameters()).extracting(spec -> spec.name()).containsExactly("rate");
        assertThat(good.plugin().location()).isEqualTo(jar);
        assertThat(good.plugin().jars()).containsExactly(jar);
        Agent agent = good.create(new TrialAgentContext(
                ParameterBinder.bind(good.parameters(), Map.of()).orElseThrow(), new SplittableRandom(1), 3, 1, 10,
                FeatureLayout.unnamed(6), OptionalLong.empty()));
        assertThat(agent.getClass().getName()).isEqualTo("org.example.good.FirstCandidates");
        assertThat(agent.getClass().getClassLoader()).isSameAs(good.plugin().classLoader());
    }

    @Test
    void aFolderOfJarsMakesEachJarAPluginAndEachSubFolderOnePluginOfSeveralJars() throws IOException {
        goodJar(plugins);
        Path split = plugins.resolve("split");
        PluginJars.jar(split.resolve("agent.jar"), classes, List.of("org.example.split"),
                List.of("org.example.split.SplitFactory"));
        PluginJars.jar(split.resolve("helper.jar"), classes, List.of("org.example.library"), List.of());
        Files.writeString(plugins.resolve("README.txt"), "not a plugin: ignored");

        AgentRegistry registry = PluginLoader.load(List.of(plugins));

        assertThat(registry.failures()).isEmpty();
        assertThat(registry.agents()).extracting(LoadedAgent::name).containsExactly("good", "steady", "split");
        LoadedAgent splitAgent = registry.get("split");
        assertThat(splitAgent.description()).isEqualTo("helped by a jar beside it");
        assertThat(splitAgent.plugin().location()).isEqualTo(split);
        assertThat(splitAgent.plugin().jars()).containsExactly(split.resolve("agent.jar"), split.resolve("helper.jar"));
    }

    @Test
    void aJarWithoutAgentIsAFailureNamingTheServiceFile() throws IOException {
        Path empty = PluginJars.jar(plugins.resolve("empty.jar"), classes, List.of(), List.of());
        goodJar(plugins);

        AgentRegistry registry = PluginLoader.load(List.of(plugins));

        assertThat(registry.agents()).extracting(LoadedAgent::name).containsExactly("good", "steady");
        assertThat(registry.failures()).containsExactly(new PluginFailure(empty, "holds no agent: no "
                + "META-INF/services/dev.encore.spi.AgentFactory lists an implementation of "
                + "dev.encore.spi.AgentFactory"));
    }

    @Test
    void aFileThatIsNotAJarIsAFailureAndTheOtherPluginsStillLoad() throws IOException {
        Path corrupt = Files.writeString(plugins.resolve("corrupt.jar"), "these are not the bytes of a zip file");
        goodJar(plugins);

        AgentRegistry registry = PluginLoader.load(List.of(plugins));

        assertThat(registry.agents()).extracting(LoadedAgent::name).containsExactly("good", "steady");
        assertThat(registry.failures()).containsExactly(
                new PluginFailure(corrupt, "is not a jar (zip END header not found)"));
    }

    @Test
    void aCorruptJarInAPluginFolderNamesTheJar() throws IOException {
        Path split = plugins.resolve("split");
        PluginJars.jar(split.resolve("agent.jar"), classes, List.of("org.example.split"),
                List.of("org.example.split.SplitFactory"));
        Files.write(split.resolve("helper.jar"), new byte[0]);

        AgentRegistry registry = PluginLoader.load(List.of(plugins));

        assertThat(registry.agents()).isEmpty();
        assertThat(registry.failures()).containsExactly(
                new PluginFailure(split, "helper.jar is not a jar (zip file is empty)"));
    }

    @Test
    void aFactoryThatThrowsIsAFailureWithItsReasonAndTheOtherPluginsStillLoad() throws IOException {
        Path boom = PluginJars.jar(plugins.resolve("boom.jar"), classes,
                List.of("org.example.boom", "org.example.good"),
                List.of("org.example.boom.BoomFactory", "org.example.boom.NamelessFactory",
                        "org.example.good.SteadyFactory"));
        Path missing = PluginJars.jar(plugins.resolve("missing.jar"), classes, List.of(),
                List.of("org.example.nowhere.GhostFactory"));

        AgentRegistry registry = PluginLoader.load(List.of(plugins));

        assertThat(registry.agents()).extracting(LoadedAgent::name).containsExactly("steady");
        assertThat(registry.failures()).containsExactly(
                new PluginFailure(boom, "an agent factory failed to load: Provider org.example.boom.BoomFactory could "
                        + "not be instantiated: IllegalStateException: licence expired"),
                new PluginFailure(boom, "agent factory org.example.boom.NamelessFactory failed: "
                        + "UnsupportedOperationException: no name yet"),
                new PluginFailure(missing, "an agent factory failed to load: Provider "
                        + "org.example.nowhere.GhostFactory not found"));
    }

    @Test
    void anAgentWhoseNameOrParametersASpecCannotUseIsAFailure() throws IOException {
        Path odd = PluginJars.jar(plugins.resolve("odd.jar"), classes, List.of("org.example.odd", "org.example.good"),
                List.of("org.example.odd.SpacedFactory", "org.example.odd.SilentFactory",
                        "org.example.odd.LabelledFactory"));

        AgentRegistry registry = PluginLoader.load(List.of(odd));

        assertThat(registry.agents()).isEmpty();
        assertThat(registry.failures()).containsExactly(
                new PluginFailure(odd, "agent factory org.example.odd.SpacedFactory has the name 'Spaced Out': "
                        + "allowed lower case letters, digits and single dashes"),
                new PluginFailure(odd, "agent factory org.example.odd.SilentFactory has no description: "
                        + "description() must say in one line what 'silent' does"),
                new PluginFailure(odd, "agent factory org.example.odd.LabelledFactory declares a parameter 'label': "
                        + "that key names an agent's label in a spec"));
    }

    @Test
    void twoPluginsWithOneAgentNameKeepTheFirstAndReportTheSecond() throws IOException {
        Path first = PluginJars.jar(plugins.resolve("a-twin.jar"), classes,
                List.of("org.example.twin1", "org.example.good"),
                List.of("org.example.twin1.TwinFactory"));
        Path second = PluginJars.jar(plugins.resolve("b-twin.jar"), classes,
                List.of("org.example.twin2", "org.example.good"),
                List.of("org.example.twin2.TwinFactory"));

        AgentRegistry registry = PluginLoader.load(List.of(plugins));

        assertThat(registry.agents()).hasSize(1);
        assertThat(registry.get("twin").plugin().location()).isEqualTo(first);
        assertThat(registry.failures()).containsExactly(new PluginFailure(second,
                "agent 'twin' is already provided by " + first + "; this one is ignored"));
    }

    @Test
    void aPluginGetsItsOwnVersionOfALibraryTheEngineUsesAndCannotSeeTheEngine() throws Exception {
        Path jar = PluginJars.jar(plugins.resolve("bundled.jar"), classes,
                List.of("org.example.bundled", "org.example.good", "org.yaml.snakeyaml"),
                List.of("org.example.bundled.BundledFactory"));

        LoadedAgent agent = PluginLoader.load(List.of(jar)).get("bundled");
        ClassLoader loader = agent.plugin().classLoader();

        assertThat(agent.description()).isEqualTo("parses with the plugin's own Yaml");
        Class<?> pluginYaml = loader.loadClass("org.yaml.snakeyaml.Yaml");
        assertThat(pluginYaml).isNotSameAs(org.yaml.snakeyaml.Yaml.class);
        assertThat(pluginYaml.getClassLoader()).isSameAs(loader);
        assertThatThrownBy(() -> loader.loadClass(UserError.class.getName()))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> loader.loadClass("com.google.inject.Guice"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(loader.getResource("dev/encore/engine/UserError.class")).isNull();
        assertThat(loader.loadClass(AgentFactory.class.getName())).isSameAs(AgentFactory.class);
        assertThat(loader.loadClass("java.util.List")).isSameAs(List.class);
    }

    @Test
    void missingLocationsAndFoldersWithoutPluginsAreFailures() throws IOException {
        Path nowhere = plugins.resolve("nowhere");
        Path empty = Files.createDirectories(plugins.resolve("empty"));
        Path emptyPlugin = Files.createDirectories(plugins.resolve("lonely").resolve("plugin"));

        AgentRegistry registry = PluginLoader.load(List.of(nowhere, empty, emptyPlugin.getParent()));

        assertThat(registry.agents()).isEmpty();
        assertThat(registry.failures()).containsExactly(
                new PluginFailure(nowhere, "no such file or folder"),
                new PluginFailure(empty, "holds no plugin: no .jar file and no folder of jars in it"),
                new PluginFailure(emptyPlugin, "holds no jar: a plugin folder holds the plugin's jars"));
    }

    @Test
    void anUnknownAgentNameListsTheAvailableOnesAndSuggestsTheNearest() throws IOException {
        Path split = plugins.resolve("a-split");
        PluginJars.jar(split.resolve("agent.jar"), classes, List.of("org.example.split"),
                List.of("org.example.split.SplitFactory"));
        PluginJars.jar(split.resolve("helper.jar"), classes, List.of("org.example.library"), List.of());
        goodJar(plugins);
        AgentRegistry registry = PluginLoader.load(List.of(plugins));

        assertThatThrownBy(() -> registry.get("stedy"))
                .isInstanceOf(UserError.class)
                .hasMessage("No agent 'stedy'. Available: good, split, steady. Did you mean 'steady'?");
        assertThatThrownBy(() -> registry.get("linucb"))
                .hasMessage("No agent 'linucb'. Available: good, split, steady.");
    }
}
