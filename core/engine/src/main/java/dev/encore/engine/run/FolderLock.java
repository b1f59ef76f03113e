package dev.encore.engine.run;

import dev.encore.engine.UserError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The lock a run holds on its output folder ({@code trials/run.lock}) from before it deletes or records anything
 * there until its reports are written, so that two runs never write one folder at once. It is the operating system's
 * lock ({@link FileChannel#tryLock()}): it dies with the process that holds it, so a run that was killed never
 * blocks the next one. The file itself says which process holds it, for the message of a run refused.
 */
final class FolderLock implements AutoCloseable {

    static final String FILE = "run.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code folder}, whose {@code trials/} must exist.
     *
     * @throws UserError when another run holds it, naming the folder, the lock file and the process
     */
    static FolderLock acquire(Path folder) throws IOException {
        Path file = file(folder);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = tryLock(channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw held(folder, file);
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", since "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n")
                .getBytes(StandardCharsets.UTF_8)));
        channel.force(false);
        return new FolderLock(channel, lock);
    }

    /**
     * Checks, without keeping it, that no run holds the lock of {@code folder}: what {@code validate} can say
     * before a run.
     *
     * @throws UserError when another run holds it
     */
    static void requireFree(Path folder) throws IOException {
        Path file = file(folder);
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw held(folder, file);
            }
            lock.release();
        }
    }

    /** The lock, or null when another process, or another run in this one, holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static UserError held(Path folder, Path file) {
        String holder;
        try {
            holder = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            holder = "";
        }
        return new UserError(folder + " is in use by another run" + (holder.isEmpty() ? "" : " (" + holder + ")")
                + ", which holds its lock " + file + ": wait for it to finish, or use --out to write elsewhere");
    }

    private static Path file(Path folder) {
        return folder.resolve(ReportFiles.TRIALS).resolve(FILE);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
