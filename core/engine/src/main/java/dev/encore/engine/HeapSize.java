package dev.encore.engine;

import java.util.Locale;

/**
 * Heap sizes as a person reads them and as the launcher sets them: what a refusal for lack of memory says, whether
 * it comes from resolving a spec or from planning a run.
 */
public final class HeapSize {

    private static final long GIB = 1L << 30;

    private HeapSize() {
    }

    /** The heap this JVM may use. */
    public static long max() {
        return Runtime.getRuntime().maxMemory();
    }

    /** {@code 1.5 GB}, {@code 300 MB}, in binary units as -Xmx reads them. */
    public static String human(long bytes) {
        return bytes >= GIB ? String.format(Locale.ROOT, "%.1f GB", (double) bytes / GIB)
                : String.format(Locale.ROOT, "%d MB", Math.max(1, bytes >> 20));
    }

    /** {@code JAVA_OPTS=-Xmx3g}: a heap of at least {@code bytes}, in whole gigabytes, as the launcher passes it. */
    public static String javaOpts(long bytes) {
        return "JAVA_OPTS=-Xmx" + Math.max(1, (bytes + GIB - 1) / GIB) + "g";
    }
}
