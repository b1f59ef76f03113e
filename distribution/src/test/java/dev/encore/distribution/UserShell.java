package dev.encore.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Commands run as a person runs them, in processes of their own, with a home folder of their own (so that
 * {@code ~/.encore/plugins} is the test's) and {@code mvn} on the PATH: the Maven running this build, offline when
 * it is, with the given local repository.
 */
final class UserShell {

    /** Long enough for a Maven build of the whole checkout on a busy machine. */
    private static final long TIMEOUT_MINUTES = 10;

    private final Path home;
    private final Path logs;
    private final Map<String, String> environment;
    private int commands;

    /**
     * @param home the home folder ({@code HOME}); commands start there
     * @param mavenRepository the local repository Maven reads and writes
     * @param work a folder for the shell's own files: its {@code mvn} and the commands' output
     */
    UserShell(Path home, Path mavenRepository, Path work) throws IOException {
        this.home = Files.createDirectories(home);
        this.logs = Files.createDirectories(work.resolve("logs"));
        Path bin = Files.createDirectories(work.resolve("bin"));
        Path maven = Path.of(System.getProperty("maven.home"), "bin", "mvn");
        boolean offline = System.getProperty("encore.maven.offline").equals("offline=true");
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/bin/sh\nexec " + quote(maven.toString()) + " -B" + (offline ? " -o" : "")
                + " " + quote("-Dmaven.repo.local=" + mavenRepository) + " \"$@\"\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        environment = new HashMap<>(System.getenv());
        environment.put("HOME", home.toString());
        environment.put("PATH", bin + File.pathSeparator + environment.getOrDefault("PATH", ""));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        // a short Maven run spends most of its time compiling itself: the quick compiler alone halves what it takes
        environment.put("MAVEN_OPTS", (environment.getOrDefault("MAVEN_OPTS", "")
                + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC").strip());
    }

    /** What a command did. */
    record Result(String command, int exit, String out, String err) {

        /** This result, after checking that the command succeeded (else its output says why). */
        Result succeeded() {
            assertThat(exit).as("exit code of %s%nstdout:%n%s%nstderr:%n%s", command, out, err).isZero();
            return this;
        }
    }

    /** Runs a bash script, stopping at its first failing command, in the home folder. */
    Result bash(String script) throws IOException, InterruptedException {
        return run(home, List.of("bash", "-euo", "pipefail", "-c", script));
    }

    /** Runs a command in a folder. */
    Result run(Path folder, List<String> command) throws IOException, InterruptedException {
        int number = ++commands;
        Path out = logs.resolve(number + ".out");
        Path err = logs.resolve(number + ".err");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(folder.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish within " + TIMEOUT_MINUTES + " minutes");
        }
        return new Result(String.join(" ", command), process.exitValue(), Files.readString(out),
                Files.readString(err));
    }

    private static String quote(String word) {
        assertThat(word).doesNotContain("'");
        return "'" + word + "'";
    }
}
