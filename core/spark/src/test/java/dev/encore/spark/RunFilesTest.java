package dev.encore.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encore.engine.spec.AgentSpec;
import dev.encore.engine.spec.EnvironmentSpec;
import dev.encore.engine.spec.EpisodeLength;
import dev.encore.engine.spec.ExperimentSpec;
import dev.encore.engine.spec.RewardsSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFilesTest {

    @TempDir
    Path folder;

    @Test
    void pluginsKeepTheirOrderAndLayoutAndWhatTheLoaderIgnoresStaysBehind() throws IOException {
        Path single = Files.writeString(folder.resolve("one.jar"), "jar one");
        Path pluginFolder = Files.createDirectories(folder.resolve("many"));
        Files.writeString(pluginFolder.resolve("two.jar"), "jar two");
        Files.writeString(pluginFolder.resolve("notes.txt"), "not a plugin");
        Files.createDirectories(pluginFolder.resolve("three"));
        Files.writeString(pluginFolder.resolve("three/three-a.jar"), "jar three a");
        Files.writeString(pluginFolder.resolve("three/three-b.jar"), "jar three b");
        Path zip = folder.resolve("run.zip");

        ExperimentSpec shipped = RunFiles.pack(spec(Map.of()), List.of(single, pluginFolder,
                folder.resolve("missing")), List.of(), zip);
        assertThat(shipped.plugins()).containsExactly("plugins/000", "plugins/001", "plugins/002");

        Path executor = folder.resolve("executor");
        ExperimentSpec unpacked = RunFiles.unpack(shipped, zip, executor);
        assertThat(unpacked.plugins()).containsExactly(executor.resolve("plugins/000").toString(),
                executor.resolve("plugins/001").toString(), executor.resolve("plugins/002").toString());
        assertThat(executor.resolve("plugins/000/one.jar")).hasContent("jar one");
        assertThat(executor.resolve("plugins/001/two.jar")).hasContent("jar two");
        assertThat(executor.resolve("plugins/001/three/three-a.jar")).hasContent("jar three a");
        assertThat(executor.resolve("plugins/001/three/three-b.jar")).hasContent("jar three b");
        assertThat(executor.resolve("plugins/001/notes.txt")).doesNotExist();
        assertThat(executor.resolve("plugins/002")).isEmptyDirectory();
    }

    @Test
    void filesTheEnvironmentNamesAreShippedOnceAndNamedInsideTheZip() throws IOException {
        Path first = Files.writeString(Files.createDirectories(folder.resolve("a")).resolve("log.csv"), "first log");
        Path second = Files.writeString(Files.createDirectories(folder.resolve("b")).resolve("log.csv"), "second");
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("log", List.of(first.toString(), second.toString(), first.toString()));
        settings.put("catalog", "");
        settings.put("noise", 2L);
        Path zip = folder.resolve("run.zip");

        ExperimentSpec shipped = RunFiles.pack(spec(settings), List.of(), List.of("log", "catalog"), zip);
        assertThat(shipped.environment().settings()).containsExactly(
                Map.entry("log", List.of("files/000/log.csv", "files/001/log.csv", "files/000/log.csv")),
                Map.entry("catalog", ""), Map.entry("noise", 2L));

        Path executor = folder.resolve("executor");
        RunFiles.unpack(shipped, zip, executor);
        assertThat(executor.resolve("files/000/log.csv")).hasContent("first log");
        assertThat(executor.resolve("files/001/log.csv")).hasContent("second");
    }

    private static ExperimentSpec spec(Map<String, Object> settings) {
        return new ExperimentSpec("shipped", 1, 1, EpisodeLength.of(10), 1, new EnvironmentSpec("logged", settings),
                RewardsSpec.SEED_EVENTS, List.of(new AgentSpec("random", "random", Map.of())), List.of("/driver/x"),
                10);
    }
}
