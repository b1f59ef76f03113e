package dev.encore.engine.run;

import dev.encore.engine.UserError;
import dev.encore.engine.spec.Experiment;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The folder a run writes into: its reports, and under {@code trials/} every finished trial with the inputs that
 * made them ({@link RunInputs}: the resolved spec, the environment's files, the plugin jars). A folder whose trials
 * were made from other inputs is refused, naming what changed, unless the run starts fresh: no trial of one spec,
 * log or agent version is ever mixed into the report of another. While a run writes there it holds the folder's lock
 * ({@link FolderLock}): a second run into the same folder is refused.
 */
public final class OutputFolder implements AutoCloseable {

    private final Path folder;
    private final FolderLock lock;

    private OutputFolder(Path folder, FolderLock lock) {
        this.folder = folder;
        this.lock = lock;
    }

    /**
     * Checks, without changing anything, that a run of {@code experiment} can write into {@code folder}.
     *
     * @param fresh whether the run starts over, deleting the trials of another spec
     * @throws UserError when the folder cannot be created or written, another run is writing there, or it holds
     *     trials made from other inputs and {@code fresh} is false
     */
    public static void check(Path folder, Experiment experiment, boolean fresh) {
        checkWritable(folder);
        try {
            FolderLock.requireFree(folder);
        } catch (IOException e) {
            throw new UserError(folder + " cannot be written: " + describe(e), e);
        }
        checkTrials(folder, experiment, fresh);
    }

    /**
     * Checks the folder, creates it and takes its lock, deletes an earlier run's trials and reports when
     * {@code fresh}, and records the inputs the trials will be made from. The lock is held until {@link #close()}.
     */
    public static OutputFolder prepare(Path folder, Experiment experiment, boolean fresh) {
        checkWritable(folder);
        FolderLock lock;
        try {
            Files.createDirectories(folder.resolve(ReportFiles.TRIALS));
            lock = FolderLock.acquire(folder);
        } catch (IOException e) {
            throw new UserError(folder + " cannot be written: " + describe(e), e);
        }
        try {
            RunInputs inputs = checkTrials(folder, experiment, fresh);
            if (fresh) {
                deleteEarlierRun(folder);
            }
            inputs.write(folder.resolve(ReportFiles.TRIALS).resolve(RunInputs.FILE));
        } catch (IOException | RuntimeException e) {
            release(lock);
            throw e instanceof IOException io ? new UserError(folder + " cannot be written: " + describe(io), io)
                    : (RuntimeException) e;
        }
        return new OutputFolder(folder, lock);
    }

    /** The run's inputs, once checked against those of the trials in the folder. */
    private static RunInputs checkTrials(Path folder, Experiment experiment, boolean fresh) {
        RunInputs inputs = RunInputs.of(experiment);
        Path trials = folder.resolve(ReportFiles.TRIALS);
        if (fresh || !Files.isDirectory(trials)) {
            return inputs;
        }
        Path recorded = trials.resolve(RunInputs.FILE);
        try {
            if (!holdsTrials(trials)) {
                return inputs;
            }
            if (!Files.exists(recorded)) {
                throw new UserError(folder + " holds trials whose inputs are not recorded (" + recorded
                        + " is missing). Use --fresh to delete them and start over, or --out to write elsewhere");
            }
            List<String> changes = inputs.changesSince(RunInputs.read(recorded));
            if (!changes.isEmpty()) {
                throw new UserError(folder + " holds trials made from other inputs: " + String.join("; ", changes)
                        + ". Use --fresh to delete them and start over, or --out to write elsewhere");
            }
        } catch (IOException e) {
            throw new UserError(recorded + " cannot be read: " + describe(e), e);
        }
        return inputs;
    }

    public Path path() {
        return folder;
    }

    /** Releases the folder's lock: the run is over. */
    @Override
    public void close() {
        release(lock);
    }

    private static void release(FolderLock lock) {
        try {
            lock.close();
        } catch (IOException e) {
            // the operating system releases the lock with the process anyway: nothing is lost
        }
    }

    public Path trials() {
        return folder.resolve(ReportFiles.TRIALS);
    }

    private static void checkWritable(Path folder) {
        if (Files.exists(folder)) {
            if (!Files.isDirectory(folder)) {
                throw new UserError(folder + " cannot be the output folder: it is a file");
            }
            try {
                Files.delete(Files.createTempFile(folder, ".encore-check", ".tmp"));
            } catch (IOException e) {
                throw new UserError(folder + " cannot be written: " + describe(e), e);
            }
            return;
        }
        Path ancestor = folder.toAbsolutePath().getParent();
        while (ancestor != null && !Files.exists(ancestor)) {
            ancestor = ancestor.getParent();
        }
        if (ancestor == null || !Files.isDirectory(ancestor)) {
            throw new UserError(folder + " cannot be created: " + ancestor + " is a file");
        }
        if (!Files.isWritable(ancestor)) {
            throw new UserError(folder + " cannot be created: " + ancestor + " is not writable");
        }
    }

    private static boolean holdsTrials(Path trials) throws IOException {
        try (DirectoryStream<Path> saved = Files.newDirectoryStream(trials, "*" + TrialStore.EXTENSION)) {
            return saved.iterator().hasNext();
        }
    }

    /** Deletes what Encore wrote, and nothing else: the folder may hold the user's own files. */
    private static void deleteEarlierRun(Path folder) throws IOException {
        for (String report : ReportFiles.REPORTS) {
            Files.deleteIfExists(folder.resolve(report));
        }
        Path trials = folder.resolve(ReportFiles.TRIALS);
        if (Files.isDirectory(trials)) {
            try (DirectoryStream<Path> saved = Files.newDirectoryStream(trials,
                    "{*" + TrialStore.EXTENSION + ",*.tmp}")) {
                for (Path trial : saved) {
                    Files.delete(trial);
                }
            }
            Files.deleteIfExists(trials.resolve(RunInputs.FILE));
        }
    }

    static String describe(IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : reason;
    }
}
