package dev.encore.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code encore run --master local[2]} in this JVM: Spark's tasks on local threads, the same reports; and the built-in
 * agents of the application jar, with no distribution.
 */
class LocalMasterIT {

    private static final Path EXPERIMENTS = Path.of(System.getProperty("encore.experiments"));
    private static final Path CACHE = Path.of(System.getProperty("encore.cache")).toAbsolutePath().normalize();
    private static final Pattern UNPACKED = Pattern.compile("from (\\S+)/encore-plugin-linucb\\.jar");

    @TempDir
    Path folder;

    @Test
    void aLoggedEnvironmentPlaysFromTheShippedLogAndWritesTheLocalRunnersReports() {
        // the tasks' spec names the log inside the run's zip, never where the driver read it; the built-in agents
        // come from this module's jar, unpacked by the driver and shipped in the zip
        String spec = EXPERIMENTS.resolve("logged-replay.yaml").toString();
        Path local = folder.resolve("local");
        Path spark = folder.resolve("spark");
        Reports.runHere("run", spec, "--episodes", "2", "--steps", "300", "--threads", "2", "--out",
                local.toString());
        Reports.runHere("run", spec, "--episodes", "2", "--steps", "300", "--master", "local[2]", "--out",
                spark.toString());
        Reports.assertSameReports(spark, local);
    }

    @Test
    void theApplicationJarListsTheBuiltInAgentsUnpackedIntoTheCache() throws Exception {
        Driver agents = Driver.start(folder.resolve("logs"), "agents", "agents");
        assertThat(agents.await(60)).as(agents.describe()).isZero();
        assertThat(agents.out()).as(agents.describe()).contains("random", "epsilon-greedy", "linucb", "lin-ts",
                "ucb1", "thompson", "disjoint-linucb", "mf").doesNotContain("Plugins that failed to load");
        Matcher unpacked = UNPACKED.matcher(agents.out());
        assertThat(unpacked.find()).as(agents.out()).isTrue();
        Path plugins = Path.of(unpacked.group(1));
        assertThat(plugins.getParent()).isEqualTo(CACHE);
        assertThat(plugins.getFileName().toString()).startsWith("built-in-plugins-");
        assertThat(plugins.resolve("encore-plugin-mf.jar")).isRegularFile();
    }
}
