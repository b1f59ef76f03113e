package dev.encore.engine.run;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A run in another process, for tests: takes the lock of the folder named by its argument, prints {@code locked},
 * and holds it until its standard input closes (the test ends it) or it is killed.
 */
final class HoldsFolderLock {

    private HoldsFolderLock() {
    }

    public static void main(String... args) throws IOException {
        try (FolderLock lock = FolderLock.acquire(Path.of(args[0]))) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() != -1) {
                // holding the lock until the input closes
            }
        }
    }
}
