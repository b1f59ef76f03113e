package dev.encore.distribution;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A copy of the Encore checkout this build runs in, as a person has it once {@code ./encore} has built it: the
 * sources and the distribution the reactor just built, without the other build output, git's files or reports. What
 * a test builds, cleans or installs there leaves the checkout of the running build alone.
 */
final class CheckoutCopy {

    /** The checkout of the running build. */
    static final Path CHECKOUT = Path.of(System.getProperty("encore.checkout")).toAbsolutePath().normalize();

    /** The distribution inside a checkout. */
    static final Path DISTRIBUTION = Path.of("distribution", "target", "encore");

    /** The file by which {@code ./encore} knows that the distribution is newer than every source. */
    private static final Path BUILT_MARKER = DISTRIBUTION.resolve(".built");

    private CheckoutCopy() {
    }

    /** Copies the checkout into {@code target}, file times kept, so that its {@code ./encore} need not build. */
    static Path into(Path target) throws IOException {
        Files.walkFileTree(CHECKOUT, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
                Path relative = CHECKOUT.relativize(folder);
                if (skipped(relative)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(target.resolve(relative.toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Path relative = CHECKOUT.relativize(file);
                boolean report = relative.startsWith("reports") && !relative.equals(Path.of("reports", "README.md"));
                if (!report && !skipped(relative)) {
                    Files.copy(file, target.resolve(relative.toString()), StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Files.writeString(target.resolve(BUILT_MARKER.toString()), ""); // written now, after every source copied
        return target;
    }

    /** Git's files and build output, except the distribution and the folders that hold it. */
    private static boolean skipped(Path relative) {
        String name = relative.getFileName() == null ? "" : relative.getFileName().toString();
        if (name.equals(".git")) {
            return true;
        }
        boolean inBuildOutput = false;
        for (Path part : relative) {
            inBuildOutput |= part.toString().equals("target");
        }
        return inBuildOutput && !DISTRIBUTION.startsWith(relative) && !relative.startsWith(DISTRIBUTION);
    }
}
