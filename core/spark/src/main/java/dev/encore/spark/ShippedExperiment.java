package dev.encore.spark;

import dev.encore.engine.environment.EnvironmentTypes;
import dev.encore.engine.plugin.PluginLoader;
import dev.encore.engine.spec.Experiment;
import dev.encore.engine.spec.ExperimentResolver;
import dev.encore.engine.spec.ExperimentSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkFiles;

/**
 * The experiment of the run an executor plays trials for, resolved once per executor JVM from the spec the tasks
 * carry and the run's files Spark shipped: plugins are loaded and environments prepared for the first task, and
 * reused by the next ones.
 */
final class ShippedExperiment {

    private static String resolvedFor;
    private static Experiment experiment;

    private ShippedExperiment() {
    }

    /**
     * @param spec the spec as the driver shipped it (see {@link RunFiles#pack})
     * @param runFiles the name of the run's zip among the files Spark shipped
     */
    static synchronized Experiment of(ExperimentSpec spec, String runFiles) {
        if (!runFiles.equals(resolvedFor)) {
            experiment = null;
            Path folder;
            try {
                folder = Files.createTempDirectory(Path.of(SparkFiles.getRootDirectory()), "encore-run-");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make a folder for the run's files: " + e.getMessage(), e);
            }
            ExperimentSpec unpacked = RunFiles.unpack(spec, Path.of(SparkFiles.get(runFiles)), folder);
            // only the shipped plugins: an executor's own plugin folders may hold other versions
            experiment = new ExperimentResolver(EnvironmentTypes.builtIn(), PluginLoader::load)
                    .resolve(unpacked, folder.resolve(spec.name() + ".yaml"));
            resolvedFor = runFiles;
        }
        return experiment;
    }
}
