package dev.encore.spark;

import static dev.encore.spark.Reports.BUILT_IN_PLUGINS;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code encore run --master local[2]} in this JVM: Spark's tasks on local threads, the same reports. */
class LocalMasterIT {

    private static final Path EXPERIMENTS = Path.of(System.getProperty("encore.experiments"));

    @TempDir
    Path folder;

    @Test
    void aLoggedEnvironmentPlaysFromTheShippedLogAndWritesTheLocalRunnersReports() {
        // the tasks' spec names the log inside the run's zip, never where the driver read it
        String spec = EXPERIMENTS.resolve("logged-replay.yaml").toString();
        Path local = folder.resolve("local");
        Path spark = folder.resolve("spark");
        Reports.runHere("run", spec, "--episodes", "2", "--steps", "300", "--plugins", BUILT_IN_PLUGINS.toString(),
                "--threads", "2", "--out", local.toString());
        Reports.runHere("run", spec, "--episodes", "2", "--steps", "300", "--plugins", BUILT_IN_PLUGINS.toString(),
                "--master", "local[2]", "--out", spark.toString());
        Reports.assertSameReports(spark, local);
    }
}
