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
    void preparingCreatesTheFolderAndRecordsTheInputs() throws IOException {
        Path folder = temp.resolve("reports").resolve("folder");
        try (OutputFolder prepared = OutputFolder.prepare(folder, experiment, false)) {
            assertThat(prepared.trials()).isDirectory();
            assertThat(Files.readAllLines(prepared.trials().resolve("inputs.txt"))).satisfiesExactly(
                    line -> assertThat(line).startsWith("# "),
                    line -> assertThat(line).isEqualTo("folder  spec name"),
                    line -> assertThat(line).isEqualTo("2020  spec seed"),
                    line -> assertThat(line).isEqualTo("5  spec episodes"),
                    line -> assertThat(line).isEqualTo("300  spec steps"),
                    line -> assertThat(line).isEqualTo("3  spec slate"),
                    line -> assertThat(line).matches("sha256:[0-9a-f]{64}  spec environment"),
                    line -> assertThat(line).matches("sha256:[0-9a-f]{64}  spec rewards"),
                    line -> assertThat(line).matches("sha256:[0-9a-f]{64}  spec agents"),
                    line -> assertThat(line).matches("sha256:[0-9a-f]{64}  spec plugins"),
                    line -> assertThat(line).matches("sha256:[0-9a-f]{64}  spec report"));
        }
    }

    @Test
    void theSameSpecIsWelcomeAgain() {
        Path folder = temp.resolve("again");
        OutputFolder.prepare(folder, experiment, false).close();
        OutputFolder.check(folder, TestExperiments.small("folder"), false);
    }

    @Test
    void trialsOfAnotherSpecAreRefusedUnlessFreshNamingWhatChanged() throws IOException {
        Path folder = temp.resolve("taken");
        try (OutputFolder prepared = OutputFolder.prepare(folder, experiment, false)) {
            Files.writeString(prepared.trials().resolve("000-random-e0000.trial"), "saved");
        }
        Experiment other = TestExperiments.small("other");
        assertThatThrownBy(() -> OutputFolder.check(folder, other, false))
                .isInstanceOf(UserError.class)
                .hasMessage(folder + " holds trials made from other inputs: name changed from folder to other."
                        + " Use --fresh to delete them and start over, or --out to write elsewhere");
        OutputFolder.check(folder, other, true);
    }

    @Test
    void aFolderWithoutTrialsTakesAnySpec() {
        Path folder = temp.resolve("empty");
        OutputFolder.prepare(folder, experiment, false).close();
        OutputFolder.check(folder, TestExperiments.small("other"), false);
    }

    @Test
    void trialsWithoutRecordedInputsAreRefused() throws IOException {
        Path trials = Files.createDirectories(temp.resolve("unknown").resolve("trials"));
        Files.writeString(trials.resolve("000-random-e0000.trial"), "?");
        assertThatThrownBy(() -> OutputFolder.check(temp.resolve("unknown"), experiment, false))
                .isInstanceOf(UserError.class)
                .hasMessage(temp.resolve("unknown") + " holds trials whose inputs are not recorded ("
                        + trials.resolve("inputs.txt") + " is missing). Use --fresh to delete them and start over,"
                        + " or --out to write elsewhere");
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
                    .containsExactlyInAnyOrder("inputs.txt", "run.lock");
        }
        assertThat(folder.resolve(ReportFiles.SUMMARY_CSV)).doesNotExist();
        assertThat(folder.resolve(ReportFiles.REPORT_HTML)).doesNotExist();
        assertThat(folder.resolve("notes.txt")).hasContent("mine");
        assertThat(Files.readString(prepared.trials().resolve("inputs.txt"))).contains("folder  spec name");
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
            assertThat(held.trials().resolve("inputs.txt")).exists();
        }
        OutputFolder.check(folder, experiment, false);
        OutputFolder.prepare(folder, experiment, false).close();
    }
}
