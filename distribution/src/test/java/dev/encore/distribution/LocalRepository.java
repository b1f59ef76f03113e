package dev.encore.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A local Maven repository that holds everything of this build's but Encore's own artifacts ({@code dev.encore}):
 * each of its other folders is a link to the build's repository, so that plugins and libraries resolve offline,
 * while Encore's artifacts installed into it stay in a folder of its own, never in the build's repository.
 */
final class LocalRepository {

    /** The local repository of the running build. */
    static final Path BUILDS = Path.of(System.getProperty("encore.maven.repository"));

    private LocalRepository() {
    }

    /** The build's repository without {@code dev/encore}, at {@code folder}. */
    static Path withoutEncore(Path folder) throws IOException {
        linkAllBut(BUILDS, Files.createDirectories(folder), "dev");
        Path dev = Files.createDirectories(folder.resolve("dev"));
        if (Files.isDirectory(BUILDS.resolve("dev"))) {
            linkAllBut(BUILDS.resolve("dev"), dev, "encore");
        }
        return folder;
    }

    private static void linkAllBut(Path from, Path to, String kept) throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(from)) {
            entries = list.filter(entry -> !entry.getFileName().toString().equals(kept)).toList();
        }
        for (Path entry : entries) {
            Files.createSymbolicLink(to.resolve(entry.getFileName().toString()), entry);
        }
    }
}
