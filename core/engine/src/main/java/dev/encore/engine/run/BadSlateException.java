package dev.encore.engine.run;

/** An agent recommended a slate the environment cannot play: the trial fails with this message. */
public final class BadSlateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadSlateException(String message) {
        super(message);
    }
}
