package dev.encore.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encore.engine.UserError;
import dev.encore.engine.spec.Experiment;
import dev.encore.engine.testing.TestExperiments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @TempDir
    Path temp;

    private final Experiment experiment = TestExperiments.small("folder");

    @Test
    void checkingAFolderThatDoesNotExistChangesNothing() {
        Path folder = temp.resolve("reports").resolve("folder");
        OutputFolder.check(folder, experiment, false);
        assertThat(temp.resolve("reports")).doesNotExist();
    }

    @Test
    void preparingCreatesTheFolderAndRecordsTheSpec() throws IOException {
        Path folder = temp.resolve("reports").resolve("folder");
        try (OutputFolder prepared = OutputFolder.prepare(folder, experiment, false)) {
            assertThat(prepared.trials()).isDirectory();
            assertThat(Files.readString(prepared.trials().resolve("spec.sha256")))
                    .matches("[0-9a-f]{64}\n")
                    .isEqualTo(OutputFolder.fingerprint(experiment) + "\n");
        }
    }

    @Test
    void theSameSpecIsWelcomeAgain() {
        Path folder = temp.resolve("again");
        OutputFolder.prepare(folder, experiment, false).close();
        OutputFolder.check(folder, TestExperiments.small("folder"), false);
    }

    @Test
    void anotherSpecIsRefusedUnlessFresh() throws IOException {
        Path folder = temp.resolve("taken");
        OutputFolder.prepare(folder, experiment, false).close();
        Experiment other = TestExperiments.small("other");
        assertThatThrownBy(() -> OutputFolder.check(folder, other, false))
                .isInstanceOf(UserError.class)
                .hasMessage(folder + " holds the trials of a different spec: use --fresh to delete them and start "
                        + "over, or --out to write elsewhere");
        OutputFolder.check(folder, other, true);
    }

    @Test
    void trialsWithoutARecordedSpecCountAsAnotherSpecs() throws IOException {
        Path trials = Files.createDirectories(temp.resolve("unknown").resolve("trials"));
        Files.writeString(trials.resolve("000-random-e0000.trial"), "?");
        assertThatThrownBy(() -> OutputFolder.check(temp.resolve("unknown"), experiment, false))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("holds the trials of a different spec");
    }

    @Test
    void freshDeletesWhatARunWroteAndNothingElse() throws IOException {
        Path folder = temp.resolve("fresh");
        OutputFolder prepared = OutputFolder.prepare(folder, TestExperiments.small("before"), false);
        prepared.close();
        Files.writeString(prepared.trials().resolve("000-random-e0000.trial"), "old");
        Files.writeString(prepared.trials().resolve(".000-random-e0001.trial.1234.tmp"), "cut short");
        Files.writeString(folder.resolve(ReportFiles.SUMMARY_CSV), "old");
        Files.writeString(folder.resolve(ReportFiles.REPORT_HTML), "old");
        Files.writeString(folder.resolve("notes.txt"), "mine");

        OutputFolder.prepare(folder, experiment, true).close();

        try (var left = Files.list(prepared.trials())) {
            assertThat(left.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("spec.sha256", "run.lock");
        }
        assertThat(folder.resolve(ReportFiles.SUMMARY_CSV)).doesNotExist();
        assertThat(folder.resolve(ReportFiles.REPORT_HTML)).doesNotExist();
        assertThat(folder.resolve("notes.txt")).hasContent("mine");
        assertThat(Files.readString(prepared.trials().resolve("spec.sha256")))
                .isEqualTo(OutputFolder.fingerprint(experiment) + "\n");
    }

    @Test
    void aFileInTheWayIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("file"), "");
        assertThatThrownBy(() -> OutputFolder.check(file, experiment, false))
                .isInstanceOf(UserError.class)
                .hasMessage(file + " cannot be the output folder: it is a file");
        assertThatThrownBy(() -> OutputFolder.check(file.resolve("deeper").resolve("out"), experiment, false))
                .isInstanceOf(UserError.class)
                .hasMessage(file.resolve("deeper").resolve("out") + " cannot be created: " + file + " is a file");
    }

    @Test
    void theFingerprintFollowsTheResolvedSpec() {
        assertThat(OutputFolder.fingerprint(TestExperiments.small("a")))
                .isEqualTo(OutputFolder.fingerprint(TestExperiments.small("a")))
                .isNotEqualTo(OutputFolder.fingerprint(TestExperiments.small("b")));
    }

    @Test
    void aFolderIsLockedWhilePreparedAndFreeOnceClosed() throws IOException {
        Path folder = temp.resolve("locked");
        String refusal = folder + " is in use by another run (pid " + ProcessHandle.current().pid() + ", since ";
        try (OutputFolder held = OutputFolder.prepare(folder, experiment, false)) {
            assertThatThrownBy(() -> OutputFolder.check(folder, experiment, false))
                    .isInstanceOf(UserError.class)
                    .hasMessageStartingWith(refusal)
                    .hasMessageEndingWith("), which holds its lock " + held.trials().resolve("run.lock")
                            + ": wait for it to finish, or use --out to write elsewhere");
            assertThatThrownBy(() -> OutputFolder.prepare(folder, experiment, true))
                    .isInstanceOf(UserError.class)
                    .hasMessageStartingWith(refusal);
            assertThat(held.trials().resolve("spec.sha256")).exists();
        }
        OutputFolder.check(folder, experiment, false);
        OutputFolder.prepare(folder, experiment, false).close();
    }
}
