package dev.encore.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;
import dev.encore.engine.EncoreModule;
import dev.encore.engine.UserError;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code encore} command without {@code System.exit}: parses the arguments, wires the engine with Guice, runs
 * the subcommand and turns what happened into an exit code ({@link ExitCodes}). An error is printed as a few plain
 * lines on stderr; its stack trace only with {@code --verbose}.
 */
public final class Encore {

    private final PrintStream out;
    private final PrintStream err;
    private final Terminal terminal;
    private final Module overrides;

    /** The command on these streams, showing progress when the process has a terminal. */
    public Encore(PrintStream out, PrintStream err) {
        this(out, err, Terminal.detect(), Modules.EMPTY_MODULE);
    }

    /** For tests: a given terminal, and bindings that replace the engine's. */
    Encore(PrintStream out, PrintStream err, Terminal terminal, Module overrides) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.overrides = overrides;
    }

    /** Runs the command; returns its exit code. */
    public int execute(String... args) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            Injector injector = Guice.createInjector(
                    Modules.override(Modules.combine(new EncoreModule(), new CliModule(terminal))).with(overrides));
            CommandLine command = new CommandLine(EncoreCommand.class, new GuiceFactory(injector))
                    .setOut(outWriter)
                    .setErr(errWriter)
                    .setParameterExceptionHandler(Encore::usageError)
                    .setExecutionExceptionHandler(Encore::failure);
            documentExitCodes(command);
            return command.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    private static void documentExitCodes(CommandLine command) {
        command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCodes.described());
        command.getSubcommands().values().forEach(Encore::documentExitCodes);
    }

    /**
     * A wrong command line, or an option's bad value: what is wrong, a suggestion for a misspelt option, where to
     * find help.
     */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("encore: " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help'.");
        return BadOptionValue.isAboutAValue(e) ? ExitCodes.USER_ERROR : ExitCodes.USAGE;
    }

    /** An error while running: a user's mistake in its own words, anything else as a bug. */
    private static int failure(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        boolean verbose = verbose(parsed);
        int code;
        if (e instanceof UserError error) {
            error.details().forEach(problem -> err.println(problem.render()));
            code = ExitCodes.USER_ERROR;
        } else {
            err.println("encore: unexpected failure: " + e);
            if (!verbose) {
                err.println("Run again with --verbose for the stack trace.");
            }
            code = ExitCodes.INTERNAL;
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        return code;
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
