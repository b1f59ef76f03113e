package dev.encore.cli;

/** The {@code encore} command: runs {@link Encore} on the process's streams and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String... args) {
        System.exit(new Encore(System.out, System.err).execute(args));
    }
}
