package dev.encore.cli;

import dev.encore.engine.UserError;
import dev.encore.engine.data.LogGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code encore data}: listening logs. Its one subcommand, {@code generate}, writes a synthetic log. */
@Command(name = "data", description = "Listening logs.", subcommands = DataCommand.Generate.class)
public final class DataCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: generate");
    }

    /** {@code encore data generate}: a seeded synthetic log in the seed's 6- or 9-column shape. */
    @Command(name = "generate", sortOptions = false,
            description = {"Writes a seeded synthetic listening log in the seed's 6- or 9-column shape: listener "
                    + "activity and song popularity skewed like real listening data, events that follow hidden "
                    + "tastes. The same options write the same file."})
    static final class Generate implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        private boolean help;

        @Option(names = "--users", defaultValue = "943", paramLabel = "N",
                description = "Listeners; every one appears (default: ${DEFAULT-VALUE}).")
        private int users;

        @Option(names = "--items", defaultValue = "1682", paramLabel = "N",
                description = "Songs the rows are drawn from (default: ${DEFAULT-VALUE}).")
        private int items;

        @Option(names = "--rows", defaultValue = "100000", paramLabel = "N",
                description = "Rows, at least --users, at most --users x --items (default: ${DEFAULT-VALUE}).")
        private int rows;

        @Option(names = "--columns", defaultValue = "9", paramLabel = "6|9",
                description = "6 (duration only) or 9 (with loudness, tempo, key) (default: ${DEFAULT-VALUE}).")
        private int columns;

        @Option(names = "--seed", defaultValue = "2020", paramLabel = "N",
                description = "The same seed writes the same log (default: ${DEFAULT-VALUE}).")
        private long seed;

        @Option(names = "--out", required = true, paramLabel = "FILE",
                description = "The CSV file to write (replaced whole, never half-written).")
        private Path out;

        @Override
        public Integer call() {
            LogGenerator generator;
            try {
                generator = new LogGenerator(users, items, rows, columns, seed);
            } catch (IllegalArgumentException e) {
                throw new BadOptionValue(spec.commandLine(), "--" + e.getMessage());
            }
            try {
                generator.write(out);
            } catch (IOException e) {
                throw new UserError("Cannot write " + out + ": " + e, e);
            }
            spec.commandLine().getOut().println("Wrote " + rows + " rows (" + users + " listeners, " + items
                    + " songs, " + columns + " columns, seed " + seed + ") to " + out);
            return 0;
        }
    }
}
