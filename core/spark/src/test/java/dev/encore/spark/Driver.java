package dev.encore.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code encore} in a JVM of its own, as a user runs it: started with {@code java}, the application jar and Spark's
 * jars on the class path, or submitted with {@code spark-submit}; the options Spark needs on Java 17 either way. Its
 * output goes to files, for the test to read.
 */
final class Driver {

    private final Process process;
    private final Path out;
    private final Path err;

    private Driver(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /**
     * Starts {@code java ... dev.encore.cli.Main ARGS}, the application jar and Spark's jars on the class path, its
     * output in {@code logs/<name>.out} and {@code .err}.
     */
    static Driver start(Path logs, String name, String... args) throws IOException {
        List<String> command = java();
        command.add("-Dspark.ui.enabled=false");
        command.add("-Dspark.executor.memory=512m");
        command.add("-cp");
        command.add(System.getProperty("encore.spark.app") + ":" + sparkJars());
        command.add("dev.encore.cli.Main");
        command.addAll(List.of(args));
        return start(logs, name, command);
    }

    /**
     * Starts {@code spark-submit --master MASTER --class dev.encore.cli.Main APP_JAR ARGS} in client mode, as the
     * launcher script would: Spark's submission class runs Encore in its own JVM, the application jar in a class
     * loader of its own.
     */
    static Driver submit(Path logs, String name, String master, String... args) throws IOException {
        List<String> command = java();
        command.add("-cp");
        command.add(sparkJars());
        command.addAll(List.of("org.apache.spark.deploy.SparkSubmit", "--master", master,
                "--conf", "spark.ui.enabled=false", "--conf", "spark.executor.memory=512m",
                "--class", "dev.encore.cli.Main", System.getProperty("encore.spark.app")));
        command.addAll(List.of(args));
        return start(logs, name, command);
    }

    /** The JVM with the options Spark needs on Java 17, a driver's heap and the tests' cache folder. */
    private static List<String> java() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(System.getProperty("encore.spark.java.options").split(" ")));
        command.add("-Xmx512m");
        command.add("-Dencore.cache=" + System.getProperty("encore.cache"));
        return command;
    }

    private static String sparkJars() {
        return Path.of(System.getProperty("spark.home"), "jars") + "/*";
    }

    private static Driver start(Path logs, String name, List<String> command) throws IOException {
        Files.createDirectories(logs);
        Path out = logs.resolve(name + ".out");
        Path err = logs.resolve(name + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        builder.environment().put("SPARK_HOME", System.getProperty("spark.home"));
        return new Driver(builder.start(), out, err);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for it to end; its exit code, or -1 when it did not end in time (it is then killed). */
    int await(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            kill();
            return -1;
        }
        return process.exitValue();
    }

    /** Kills it at once, as a machine failing or a kill -9 would: nothing of it runs on. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    String out() {
        return read(out);
    }

    String err() {
        return read(err);
    }

    /** What it printed, for a failing test's message. */
    String describe() {
        return "stdout:\n" + out() + "\nstderr:\n" + err();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
