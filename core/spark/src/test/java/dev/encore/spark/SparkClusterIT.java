package dev.encore.spark;

import static dev.encore.spark.Reports.EXAMPLE_PLUGIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Encore on a real Spark standalone cluster on this machine (a master and two one-core workers): the sweep's reports
 * are the local runner's, byte for byte, when everything goes well, when a worker dies mid-run and when the driver
 * is killed and the run started again. The built-in agents come from the application jar; the example plugin is
 * named with {@code --plugins}, as a user's own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SparkClusterIT {

    private static final Path WORK = Path.of("target", "spark-cluster");
    private static final long RUN_SECONDS = 240;
    private static final int TRIALS = 12;
    private static final Pattern TASK = Pattern.compile("(Running|Finished) task \\S+ in stage \\S+ \\(TID (\\d+)\\)");

    private static SparkCluster cluster;
    private static Path spec;
    private static Path local;

    @BeforeAll
    static void startClusterAndRunLocally() throws IOException, InterruptedException, URISyntaxException {
        spec = Path.of(Objects.requireNonNull(SparkClusterIT.class.getResource("/cluster-sweep.yaml")).toURI());
        delete(WORK);
        cluster = SparkCluster.start(WORK.resolve("logs"), 2);
        local = WORK.resolve("local");
        Reports.runHere("run", spec.toString(), "--threads", "2", "--out", local.toString(),
                "--plugins", EXAMPLE_PLUGIN.toString());
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void aSweepSubmittedWithSparkSubmitPlaysOnItsMasterOnBothWorkersAndWritesTheLocalRunnersReports()
            throws Exception {
        Path out = WORK.resolve("cluster");
        // no --master: the one spark-submit was given
        Driver driver = Driver.submit(WORK.resolve("logs"), "cluster", cluster.masterUrl(), "run", spec.toString(),
                "--out", out.toString(), "--plugins", EXAMPLE_PLUGIN.toString());
        assertThat(driver.await(RUN_SECONDS)).as(driver.describe()).isZero();
        assertThat(driver.err())
                .contains("playing " + TRIALS + " trials on " + cluster.masterUrl() + " (spark.master)");
        assertThat(driver.out()).startsWith(TRIALS + " trials in ").contains("softmax");
        Reports.assertSameReports(out, local);
        // the example plugin was only ever given to the driver: its trials were played from the shipped jar
        assertThat(Files.readString(out.resolve("episodes.csv"))).containsPattern("(?m)^softmax,softmax,,2,.*,ok,");
        assertThat(executorLogs("worker-0")).as("tasks on worker 0").contains("Finished task");
        assertThat(executorLogs("worker-1")).as("tasks on worker 1").contains("Finished task");
    }

    @Test
    @Order(2)
    void aRunWhoseDriverIsKilledResumesItsFinishedTrials() throws Exception {
        Path out = WORK.resolve("driver-killed");
        Driver first = run("driver-killed-1", out);
        awaitTrue(() -> Reports.savedTrials(out) >= 2 || !first.isAlive(), first);
        first.kill();
        long saved = Reports.savedTrials(out);
        assertThat(saved).as("trials saved when the driver was killed").isBetween(2L, TRIALS - 1L);

        Driver second = run("driver-killed-2", out);
        assertThat(second.await(RUN_SECONDS)).as(second.describe()).isZero();
        assertThat(second.out()).startsWith(TRIALS + " trials (" + saved + " resumed from an earlier run) in ");
        Reports.assertSameReports(out, local);
    }

    /** Last: the cluster has one worker left. */
    @Test
    @Order(3)
    void aWorkerKilledMidRunIsSurvived() throws Exception {
        Path out = WORK.resolve("worker-killed");
        Set<Path> earlierApplications = applications("worker-1");
        Driver driver = run("worker-killed", out);
        // killed while its executor plays a trial, not between two
        awaitTrue(() -> isPlayingATrial("worker-1", earlierApplications) || !driver.isAlive(), driver);
        cluster.killWorker(1);
        assertThat(Reports.savedTrials(out)).as("trials saved when the worker was killed").isLessThan(TRIALS - 1);

        assertThat(driver.await(RUN_SECONDS)).as(driver.describe()).isZero();
        assertThat(driver.err()).contains("playing " + TRIALS + " trials on " + cluster.masterUrl()
                        + System.lineSeparator())
                .containsPattern("Lost executor \\d+ on 127.0.0.1: worker lost");
        // the lost executor was playing a trial, which the other one then played again
        assertThat(unfinishedTasks(newestApplication("worker-1"))).as("tasks cut short on worker 1").isNotEmpty();
        assertThat(driver.out()).startsWith(TRIALS + " trials in ");
        Reports.assertSameReports(out, local);
    }

    private static Driver run(String name, Path out) throws IOException {
        return Driver.start(WORK.resolve("logs"), name, "run", spec.toString(), "--master", cluster.masterUrl(),
                "--out", out.toString(), "--plugins", EXAMPLE_PLUGIN.toString());
    }

    /** What the executors a worker started wrote. */
    private static String executorLogs(String worker) throws IOException {
        StringBuilder logs = new StringBuilder();
        try (Stream<Path> files = Files.walk(WORK.resolve("logs").resolve(worker))) {
            for (Path file : files.filter(path -> path.getFileName().toString().equals("stderr")).toList()) {
                logs.append(Files.readString(file));
            }
        }
        return logs.toString();
    }

    /** The applications a worker has started executors for, each a folder of their logs. */
    private static Set<Path> applications(String worker) {
        try (Stream<Path> applications = Files.list(WORK.resolve("logs").resolve(worker))) {
            return applications.filter(path -> path.getFileName().toString().startsWith("app-"))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether an executor of an application not among {@code earlier} has started a task it has not finished. */
    private static boolean isPlayingATrial(String worker, Set<Path> earlier) {
        try {
            for (Path application : applications(worker)) {
                if (!earlier.contains(application) && !unfinishedTasks(application).isEmpty()) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The executor logs of the application a worker started last. */
    private static Path newestApplication(String worker) throws IOException {
        try (Stream<Path> applications = Files.list(WORK.resolve("logs").resolve(worker))) {
            return applications.filter(path -> path.getFileName().toString().startsWith("app-"))
                    .max(Comparator.naturalOrder()).orElseThrow();
        }
    }

    /** The tasks an executor's log says it started and never finished. */
    private static Set<String> unfinishedTasks(Path application) throws IOException {
        Set<String> running = new TreeSet<>();
        try (Stream<Path> files = Files.walk(application)) {
            for (Path file : files.filter(path -> path.getFileName().toString().equals("stderr")).toList()) {
                Matcher task = TASK.matcher(Files.readString(file));
                while (task.find()) {
                    if (task.group(1).equals("Running")) {
                        running.add(task.group(2));
                    } else {
                        running.remove(task.group(2));
                    }
                }
            }
        }
        return running;
    }

    private static void awaitTrue(BooleanSupplier condition, Driver driver) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(RUN_SECONDS).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for the driver: " + driver.describe()).isLessThan(deadline);
            Thread.sleep(50);
        }
        assertThat(driver.isAlive()).as("the driver is still running: " + driver.describe()).isTrue();
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(path);
            }
        }
    }
}
