package dev.encore.engine.plugin;

/**
 * What a plugin's calls to {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} become once its classes
 * are loaded ({@link ExitCalls}): instead of ending the whole run, silently and with every other trial, they throw
 * {@link ExitCalledError}, which fails the trial that made the call with the reason. Each method has the stack effect
 * of the call it replaces. Plugin class loaders see this one class of the engine besides the SPI.
 */
public final class ExitGuard {

    private ExitGuard() {
    }

    /** In place of {@code System.exit(status)}. */
    public static void systemExit(int status) {
        throw new ExitCalledError("System.exit(" + status + ")");
    }

    /** In place of {@code runtime.exit(status)}. */
    public static void runtimeExit(Runtime runtime, int status) {
        throw new ExitCalledError("Runtime.exit(" + status + ")");
    }

    /** In place of {@code runtime.halt(status)}. */
    public static void runtimeHalt(Runtime runtime, int status) {
        throw new ExitCalledError("Runtime.halt(" + status + ")");
    }
}
