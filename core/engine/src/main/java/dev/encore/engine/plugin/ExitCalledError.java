package dev.encore.engine.plugin;

/**
 * A plugin called {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt}: the call did not end the run.
 * An {@link Error}, not an exception, so that a plugin catching {@code Exception} around its work does not swallow it
 * by accident. Its message is the call, {@code System.exit(3)}.
 */
public final class ExitCalledError extends Error {

    private static final long serialVersionUID = 1L;

    ExitCalledError(String call) {
        super(call);
    }
}
