package dev.encore.spark;

import dev.encore.engine.UserError;
import dev.encore.engine.plugin.PluginFolders;
import dev.encore.engine.run.RunOptions;
import dev.encore.engine.run.TrialExecutor;
import dev.encore.engine.run.TrialPlan;
import dev.encore.engine.run.TrialResult;
import dev.encore.engine.spec.Experiment;
import dev.encore.engine.spec.ExperimentSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.security.CodeSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.rdd.RDD;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.BoxedUnit;
import scala.util.Try;

/**
 * Plays trials as Spark tasks, one trial a task, so that a task lost with its executor is cheap to play again: Spark
 * retries it ({@code spark.task.maxFailures}) and, a trial depending only on its plan, it gives the same result. The
 * plugins and the environment's files travel to the executors in one zip ({@link RunFiles}); each result comes back
 * to the driver as its task ends and is saved there and then, so that a run whose driver is stopped resumes with
 * every trial that had come back.
 */
final class SparkTrialExecutor implements TrialExecutor {

    private static final long POLL_MILLIS = 200;
    private static final Pattern LOCAL_MASTER = Pattern.compile("local(?:\\[(\\*|[0-9]+)(?:,[0-9]+)?])?");

    private final String master;

    SparkTrialExecutor(String master) {
        this.master = master;
    }

    /** In local mode Spark plays the tasks on this JVM's threads, as many as the master names; otherwise elsewhere. */
    @Override
    public int trialsAtOnceHere(RunOptions options) {
        Matcher local = LOCAL_MASTER.matcher(master);
        if (!local.matches()) {
            return 0;
        }
        String threads = local.group(1);
        if (threads == null) {
            return 1;
        }
        return threads.equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(threads);
    }

    @Override
    public void execute(Experiment experiment, List<TrialPlan> plans, RunOptions options, Results results)
            throws InterruptedException {
        Path staging = staging();
        try {
            String runFiles = "encore-run-" + UUID.randomUUID() + ".zip";
            Path zip = staging.resolve(runFiles);
            ExperimentSpec shipped;
            try {
                shipped = RunFiles.pack(experiment.spec(), PluginFolders.withDefaults(experiment.plugins()),
                        experiment.environment().type().files(), zip);
            } catch (UncheckedIOException e) {
                throw new UserError(e.getMessage(), e);
            }
            SparkContext context = new SparkContext(configuration(experiment));
            try {
                context.addFile(zip.toString());
                play(context, plans, new TrialTask(shipped, runFiles, options.trialTimeLimit()), results);
            } finally {
                context.stop();
            }
        } finally {
            delete(staging);
        }
    }

    private SparkConf configuration(Experiment experiment) {
        // spark.* system properties (spark-submit's --conf) come first, then these defaults
        SparkConf conf = new SparkConf().setMaster(master).setIfMissing("spark.app.name", "encore " + experiment.name())
                .setIfMissing("spark.log.level", "WARN");
        if (!conf.contains("spark.jars")) {
            applicationJar().ifPresent(jar -> conf.set("spark.jars", jar.toString()));
        }
        return conf;
    }

    private static void play(SparkContext context, List<TrialPlan> plans, TrialTask task, Results results)
            throws InterruptedException {
        RDD<TrialPlan> rdd = JavaSparkContext.fromSparkContext(context).parallelize(plans, plans.size()).rdd();
        BlockingQueue<TrialResult> arrived = new LinkedBlockingQueue<>();
        SimpleFutureAction<BoxedUnit> job = context.submitJob(rdd, task,
                CollectionConverters.asScala(IntStream.range(0, plans.size()).boxed().map(Object.class::cast)
                        .toList()).toSeq(),
                (partition, partitionResults) -> {
                    // on Spark's scheduler thread: hand over, save on the caller's
                    arrived.addAll(partitionResults);
                    return BoxedUnit.UNIT;
                },
                () -> BoxedUnit.UNIT);
        try {
            int received = 0;
            while (received < plans.size()) {
                TrialResult result = arrived.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (result != null) {
                    results.save(result);
                    results.finished(result);
                    received++;
                } else if (job.isCompleted() && arrived.isEmpty()) {
                    throw failure(job.value().get(), received, plans.size());
                }
            }
        } catch (InterruptedException | RuntimeException e) {
            job.cancel();
            throw e;
        }
    }

    private static RuntimeException failure(Try<BoxedUnit> outcome, int received, int expected) {
        if (outcome.isFailure()) {
            Throwable cause = outcome.failed().get();
            return new UserError("the trials could not be played on Spark (" + received + " of " + expected
                    + " came back and are saved): " + cause.getMessage(), cause);
        }
        return new IllegalStateException("the Spark job ended with " + received + " of " + expected + " results");
    }

    /** The jar this class came from, for the executors to load it; none when it is not a jar (tests). */
    private static Optional<Path> applicationJar() {
        CodeSource code = SparkTrialExecutor.class.getProtectionDomain().getCodeSource();
        if (code == null || code.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path source = Path.of(code.getLocation().toURI());
            return Files.isRegularFile(source) && source.toString().endsWith(".jar") ? Optional.of(source)
                    : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Path staging() {
        try {
            return Files.createTempDirectory("encore-spark-");
        } catch (IOException e) {
            throw new UserError("cannot make a folder for the run's files: " + e.getMessage(), e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temporary folder left behind harms nothing
        }
    }
}
