package dev.encore.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import dev.encore.engine.EncoreModule;
import dev.encore.engine.UserError;
import dev.encore.engine.spec.Experiment;
import dev.encore.engine.testing.TestExperiments;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs into one folder: the second is refused while the first holds the folder, in this process or another. */
class FolderLockTest {

    private final ExperimentRunner runner = Guice.createInjector(new EncoreModule())
            .getInstance(ExperimentRunner.class);
    private final Experiment experiment = TestExperiments.small("locked");

    @TempDir
    Path temp;

    @Test
    void aSecondRunnerIsRefusedWhileTheFirstRunsAndWelcomeAfter() throws Exception {
        Path folder = temp.resolve("busy");
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch mayGoOn = new CountDownLatch(1);
        CompletableFuture<RunOutcome> first = CompletableFuture.supplyAsync(() -> runner.run(experiment,
                new RunOptions(folder, 1, false), progress -> {
                    started.countDown();
                    await(mayGoOn);
                }));
        assertThat(started.await(1, TimeUnit.MINUTES)).isTrue();

        assertThatThrownBy(() -> runner.run(experiment, new RunOptions(folder, 1, false), ProgressListener.NONE))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith(folder + " is in use by another run (pid " + ProcessHandle.current().pid())
                .hasMessageEndingWith("which holds its lock " + folder.resolve("trials/run.lock")
                        + ": wait for it to finish, or use --out to write elsewhere");
        assertThatThrownBy(() -> runner.run(experiment, new RunOptions(folder, 1, true), ProgressListener.NONE))
                .as("--fresh deletes nothing under a run")
                .hasMessageStartingWith(folder + " is in use by another run");

        mayGoOn.countDown();
        assertThat(first.get(1, TimeUnit.MINUTES).failed()).isZero();
        assertThat(runner.run(experiment, new RunOptions(folder, 1, false), ProgressListener.NONE).resumed())
                .isEqualTo(15);
    }

    @Test
    void aRunInAnotherProcessHoldsTheFolderUntilItIsKilled() throws Exception {
        Path folder = temp.resolve("shared");
        Files.createDirectories(folder.resolve(ReportFiles.TRIALS));
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldsFolderLock.class.getName(), folder.toString())
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(other.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("locked");

            assertThatThrownBy(() -> runner.run(experiment, new RunOptions(folder, 2, false), ProgressListener.NONE))
                    .isInstanceOf(UserError.class)
                    .hasMessageStartingWith(folder + " is in use by another run (pid " + other.pid() + ", since ");
            assertThat(folder.resolve(ReportFiles.TRIALS)).isDirectoryNotContaining("glob:**.trial");

            // killed, as by kill -9 or a crash: its lock dies with it, its file stays
            other.destroyForcibly();
            assertThat(other.waitFor(1, TimeUnit.MINUTES)).isTrue();
            assertThat(folder.resolve(ReportFiles.TRIALS).resolve(FolderLock.FILE)).exists();
            RunOutcome outcome = runner.run(experiment, new RunOptions(folder, 2, false), ProgressListener.NONE);
            assertThat(outcome.failed()).isZero();
            assertThat(outcome.trials()).isEqualTo(15);
        } finally {
            other.destroyForcibly();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
