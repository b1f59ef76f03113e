package dev.encore.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Spark standalone cluster on this machine: a master and workers, each a JVM of its own started from the Spark
 * jars the build copied into {@code target/spark-home/jars}, as {@code sbin/start-master.sh} and
 * {@code sbin/start-worker.sh} would start them. Workers start their executors as separate JVMs too.
 */
final class SparkCluster implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Path home;
    private final Path logs;
    private final int masterPort;
    private final Process master;
    private final List<Process> workers = new ArrayList<>();

    private SparkCluster(Path home, Path logs, int masterPort, Process master) {
        this.home = home;
        this.logs = logs;
        this.masterPort = masterPort;
        this.master = master;
    }

    /** Starts a master and {@code workers} workers of one core each, and waits until every worker has registered. */
    static SparkCluster start(Path logs, int workers) throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("spark.home"));
        // the launcher takes a folder with a RELEASE file for an installation whose jars are in jars/
        Files.writeString(home.resolve("RELEASE"), "Spark jars from Maven, for Encore's cluster tests\n");
        Files.createDirectories(logs);
        int port = freePort();
        Process master = java(home, logs.resolve("master.log"), "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port",
                Integer.toString(freePort()));
        SparkCluster cluster = new SparkCluster(home, logs, port, master);
        try {
            cluster.awaitLog(logs.resolve("master.log"), "I have been elected leader", 1);
            for (int i = 0; i < workers; i++) {
                cluster.addWorker();
            }
            cluster.awaitLog(logs.resolve("master.log"), "Registering worker", workers);
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    /** Kills worker {@code index} and the executors it started, at once, as a machine failing would. */
    void killWorker(int index) {
        Process worker = workers.get(index);
        worker.descendants().forEach(ProcessHandle::destroyForcibly);
        worker.destroyForcibly();
    }

    /** The lines a worker or executor wrote, for a failing test's message. */
    Path logs() {
        return logs;
    }

    private void addWorker() throws IOException {
        int index = workers.size();
        Path work = Files.createDirectories(logs.resolve("worker-" + index));
        workers.add(java(home, logs.resolve("worker-" + index + ".log"), "org.apache.spark.deploy.worker.Worker",
                masterUrl(), "--host", "127.0.0.1", "--cores", "1", "--memory", "1g", "--work-dir",
                work.toString(), "--webui-port", Integer.toString(freePort())));
    }

    private static Process java(Path home, Path log, String mainClass, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(home.resolve("jars") + "/*");
        command.add(mainClass);
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SPARK_HOME", home.toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        return builder.start();
    }

    private void awaitLog(Path log, String line, int times) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        Pattern pattern = Pattern.compile(Pattern.quote(line));
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)) {
                Matcher matcher = pattern.matcher(Files.readString(log));
                int found = 0;
                while (matcher.find()) {
                    found++;
                }
                if (found >= times) {
                    return;
                }
            }
            if (!master.isAlive()) {
                throw new IllegalStateException("the Spark master stopped: see " + log);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no '" + line + "' x" + times + " in " + log + " after " + STARTUP);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (int i = 0; i < workers.size(); i++) {
            killWorker(i);
        }
        master.destroyForcibly();
    }
}
